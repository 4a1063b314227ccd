import type { SupervisionAgenda, SupervisionItemView } from "@core/contracts/supervision";
import { useQuery } from "@tanstack/react-query";
import { api } from "../platform/api.ts";

export type { SupervisionAgenda, SupervisionItemView };

/** Query keys of the supervision agenda, one per team. */
export const supervisionKeys = {
  all: ["supervision"] as const,
  agenda: (organisationId: string, teamId: string) => ["supervision", organisationId, teamId] as const,
};

/** The team's supervision agenda (GET …/teams/:teamId/supervision; only the team's lead). */
export function useSupervisionAgenda(organisationId: string, teamId: string | null) {
  return useQuery({
    queryKey: supervisionKeys.agenda(organisationId, teamId ?? ""),
    queryFn: () =>
      api<SupervisionAgenda>("GET", `/api/organisations/${organisationId}/teams/${teamId}/supervision`),
    enabled: teamId !== null,
  });
}
