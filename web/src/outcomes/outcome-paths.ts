import type { exportFormats, outcomeQuery } from "@core/contracts/outcomes";
import type { z } from "zod";

/** The outcome routes' paths (nothing imported at run time, so they are unit-tested under node). */

/** The page query as sent (every field optional: the server defaults them). */
export type OutcomeQuery = Partial<z.output<typeof outcomeQuery>>;
export type ExportFormat = (typeof exportFormats)[number];

/** Whose figures a page shows; each kind is one route. */
export type OutcomeTarget =
  | { level: "coach"; organisationId: string; teamId: string; userId: string }
  | { level: "team"; organisationId: string; teamId: string }
  | { level: "organisation"; organisationId: string }
  | { level: "network"; networkId: string };

export const orgPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;
export const teamPath = (t: { organisationId: string; teamId: string }) =>
  `${orgPath(t.organisationId)}/teams/${encodeURIComponent(t.teamId)}`;

/** The dashboard route of a target. */
export function dashboardPath(target: OutcomeTarget): string {
  switch (target.level) {
    case "coach":
      return `${teamPath(target)}/coaches/${encodeURIComponent(target.userId)}/outcomes`;
    case "team":
      return `${teamPath(target)}/outcomes`;
    case "organisation":
      return `${orgPath(target.organisationId)}/outcomes`;
    case "network":
      return `/api/networks/${encodeURIComponent(target.networkId)}/outcomes`;
  }
}

/** The export route of a target (coach pages have none: their team's export covers them). */
export function exportPath(target: OutcomeTarget): string | null {
  return target.level === "coach" ? null : `${dashboardPath(target)}/export`;
}

export const outcomeParams = (q: OutcomeQuery) => ({
  ruleSet: q.ruleSet,
  quarter: q.quarter,
  quarters: q.quarters,
});

/** A download link for an export in the given format, with the page's query. */
export function exportHref(target: OutcomeTarget, q: OutcomeQuery, format: ExportFormat): string | null {
  const path = exportPath(target);
  return path ? `${path}?${new URLSearchParams(defined({ ...outcomeParams(q), format }))}` : null;
}

function defined(params: Record<string, string | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") out[key] = String(value);
  return out;
}
