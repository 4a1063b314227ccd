import type {
  exportFormats,
  OutcomeDashboard,
  OutcomeDrillDown,
  OutcomeScopes,
  outcomeQuery,
  reportingNetwork,
} from "@core/contracts/outcomes";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { ApiError, api, query } from "../platform/api.ts";

/**
 * The typed client of the outcome routes (issue 9). Components call these hooks, never
 * `api<T>(path)` with a hand-written path, so a route or shape change fails the type check here.
 */
/** The page query as sent (every field optional: the server defaults them). */
export type OutcomeQuery = Partial<z.output<typeof outcomeQuery>>;
export type ReportingNetwork = z.infer<typeof reportingNetwork>;
export type ExportFormat = (typeof exportFormats)[number];
export type DrillDownMetric = OutcomeDrillDown["metric"];
export type { OutcomeDashboard, OutcomeDrillDown, OutcomeScopes };

/** Whose figures a page shows; each kind is one route. */
export type OutcomeTarget =
  | { level: "coach"; organisationId: string; teamId: string; userId: string }
  | { level: "team"; organisationId: string; teamId: string }
  | { level: "organisation"; organisationId: string }
  | { level: "network"; networkId: string };

const org = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;
const team = (t: { organisationId: string; teamId: string }) =>
  `${org(t.organisationId)}/teams/${encodeURIComponent(t.teamId)}`;

/** The dashboard route of a target. */
export function dashboardPath(target: OutcomeTarget): string {
  switch (target.level) {
    case "coach":
      return `${team(target)}/coaches/${encodeURIComponent(target.userId)}/outcomes`;
    case "team":
      return `${team(target)}/outcomes`;
    case "organisation":
      return `${org(target.organisationId)}/outcomes`;
    case "network":
      return `/api/networks/${encodeURIComponent(target.networkId)}/outcomes`;
  }
}

/** The export route of a target (coach pages have none: their team's export covers them). */
export function exportPath(target: OutcomeTarget): string | null {
  return target.level === "coach" ? null : `${dashboardPath(target)}/export`;
}

const outcomeParams = (q: OutcomeQuery) => ({ ruleSet: q.ruleSet, quarter: q.quarter, quarters: q.quarters });

/** A download link for an export in the given format, with the page's query. */
export function exportHref(target: OutcomeTarget, q: OutcomeQuery, format: ExportFormat): string | null {
  const path = exportPath(target);
  return path ? `${path}${query({ ...outcomeParams(q), format })}` : null;
}

const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;

export const fetchOutcomeScopes = () => api<OutcomeScopes>("GET", "/api/outcomes/scopes");
export const fetchNetworks = () => api<ReportingNetwork[]>("GET", "/api/networks");
export const fetchDashboard = (target: OutcomeTarget, q: OutcomeQuery) =>
  api<OutcomeDashboard>("GET", `${dashboardPath(target)}${query(outcomeParams(q))}`);
export const fetchDrillDown = (
  target: { organisationId: string; teamId: string },
  q: {
    metric: DrillDownMetric;
    quarter?: string | undefined;
    ruleSet?: string | undefined;
    coachUserId?: string;
  },
) => api<OutcomeDrillDown>("GET", `${team(target)}/outcomes/clients${query(q)}`);

/** The outcome pages the caller may open. A refusal (or a server without the route) is "none". */
export function useOutcomeScopes() {
  return useQuery({
    queryKey: ["outcomes", "scopes"],
    queryFn: fetchOutcomeScopes,
    retry,
    staleTime: 300_000,
  });
}

export function useNetworks() {
  return useQuery({ queryKey: ["outcomes", "networks"], queryFn: fetchNetworks, retry, staleTime: 300_000 });
}

export function useOutcomeDashboard(target: OutcomeTarget, q: OutcomeQuery) {
  return useQuery({
    queryKey: ["outcomes", "dashboard", target, outcomeParams(q)],
    queryFn: () => fetchDashboard(target, q),
    retry,
    // While a filter changes, keep showing the same scope's figures (never another scope's).
    placeholderData: (previous, previousQuery) =>
      JSON.stringify(previousQuery?.queryKey[2]) === JSON.stringify(target) ? previous : undefined,
  });
}

export function useDrillDown(
  target: { organisationId: string; teamId: string },
  q: {
    metric: DrillDownMetric;
    quarter?: string | undefined;
    ruleSet?: string | undefined;
    coachUserId?: string;
  },
  enabled: boolean,
) {
  return useQuery({
    queryKey: ["outcomes", "drill-down", target.organisationId, target.teamId, q],
    queryFn: () => fetchDrillDown(target, q),
    enabled,
    retry,
  });
}
