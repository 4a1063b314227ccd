import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/** The IPS teams the user leads in the organisation, with their names. */
export function ledTeams(me: Me, organisationId: string | null): { teamId: string; teamName: string }[] {
  return me.memberships
    .filter((m) => m.organisationId === organisationId && m.role === "team_lead" && m.teamId)
    .map((m) => ({ teamId: m.teamId as string, teamName: m.teamName ?? "" }));
}

/** The supervision agenda link, for the leads of an IPS team (the server asks the same of the gate). */
export function supervisionNavItems(me: Me, organisationId: string | null, t: TFunction) {
  return ledTeams(me, organisationId).length > 0 ? [{ to: "/supervision", label: t("nav.supervision") }] : [];
}
