import { useQuery } from "@tanstack/react-query";
import { api } from "../platform/api.ts";
import { useTeams } from "../teams/useTeams.ts";

export type TeamMember = { userId: string; name: string; role: string };

/** Active IPS teams and treatment teams of an organisation, for referral and consent forms. */
export function useTeamOptions(organisationId: string | null) {
  const teams = useTeams(organisationId ?? "", Boolean(organisationId));
  const active = (teams.data ?? []).filter((team) => !team.archived);
  return {
    isPending: teams.isPending && Boolean(organisationId),
    error: teams.error,
    ipsTeams: active.filter((team) => team.kind === "ips_team"),
    treatmentTeams: active.filter((team) => team.kind === "treatment_team"),
  };
}

/** Coaches and team leaders of one IPS team (who can be assigned as the client's coach). */
export function useCoaches(organisationId: string | null, teamId: string) {
  return useQuery({
    queryKey: ["organisation", organisationId, "teams", teamId, "members"],
    queryFn: () => api<TeamMember[]>("GET", `/api/organisations/${organisationId}/teams/${teamId}/members`),
    enabled: Boolean(organisationId && teamId),
    select: (members) => members.filter((m) => m.role === "coach" || m.role === "team_lead"),
  });
}
