import type {
  OutcomeDashboard,
  OutcomeDrillDown,
  OutcomeScopes,
  reportingNetwork,
} from "@core/contracts/outcomes";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { ApiError, api, query } from "../platform/api.ts";
import {
  dashboardPath,
  type OutcomeQuery,
  type OutcomeTarget,
  outcomeParams,
  teamPath,
} from "./outcome-paths.ts";

export { type ExportFormat, exportHref, type OutcomeQuery, type OutcomeTarget } from "./outcome-paths.ts";

/**
 * The typed client of the outcome routes (issue 9). Components call these hooks, never
 * `api<T>(path)` with a hand-written path, so a route or shape change fails the type check here.
 */
export type ReportingNetwork = z.infer<typeof reportingNetwork>;
export type DrillDownMetric = OutcomeDrillDown["metric"];
export type { OutcomeDashboard, OutcomeDrillDown, OutcomeScopes };

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
) => api<OutcomeDrillDown>("GET", `${teamPath(target)}/outcomes/clients${query(q)}`);

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
