import { useQuery } from "@tanstack/react-query";
import type { Caseload, TeamCaseloads } from "../clients/types.ts";
import { api } from "../platform/api.ts";

/** Query keys of caseloads: refreshed when a client or an episode changes. */
export const caseloadKeys = { mine: ["caseload"] as const, teams: ["team-caseloads"] as const };

/**
 * The signed-in coach's caseload with reminders. The home page reads this, so it calls `api`
 * with the contract's type, not the typed client (the first-page budget, scripts/bundle-size.mjs).
 */
export function useCaseload(enabled = true) {
  return useQuery({
    queryKey: caseloadKeys.mine,
    queryFn: () => api<Caseload>("GET", "/api/caseload"),
    enabled,
  });
}

/** The caseloads of the teams the caller leads. */
export function useTeamCaseloads() {
  return useQuery({
    queryKey: caseloadKeys.teams,
    queryFn: () => api<TeamCaseloads[]>("GET", "/api/team-caseloads"),
  });
}
