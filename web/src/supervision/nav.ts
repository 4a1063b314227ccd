import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/** The supervision agenda link, for the leads of an IPS team (the server asks the same of the gate). */
export function supervisionNavItems(me: Me, organisationId: string | null, t: TFunction) {
  const leads = me.memberships.some(
    (m) => m.organisationId === organisationId && m.role === "team_lead" && m.teamId,
  );
  return leads ? [{ to: "/supervision", label: t("nav.supervision") }] : [];
}
