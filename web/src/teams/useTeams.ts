import { useQuery } from "@tanstack/react-query";
import { api } from "../platform/api.ts";
import type { Team } from "../platform/types.ts";

export const teamsKey = (organisationId: string) => ["organisation", organisationId, "teams"] as const;

/** The organisation's teams, archived ones included. */
export function useTeams(organisationId: string, enabled = true) {
  return useQuery({
    queryKey: teamsKey(organisationId),
    queryFn: () => api<Team[]>("GET", `/api/organisations/${organisationId}/teams`),
    enabled,
  });
}
