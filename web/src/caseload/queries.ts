import { useQuery } from "@tanstack/react-query";
import type { Caseload, TeamCaseloads } from "../clients/types.ts";
import { api } from "../platform/api.ts";

/** The signed-in coach's caseload with reminders. */
export function useCaseload(enabled = true) {
  return useQuery({
    queryKey: ["caseload"],
    queryFn: () => api<Caseload>("GET", "/api/caseload"),
    enabled,
  });
}

/** The caseloads of the teams the caller leads. */
export function useTeamCaseloads() {
  return useQuery({
    queryKey: ["team-caseloads"],
    queryFn: () => api<TeamCaseloads[]>("GET", "/api/team-caseloads"),
  });
}
