import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/** Client links for the main navigation, by what the user may do in the organisation. */
export function clientNavItems(
  me: Me,
  organisationId: string | null,
  can: ReadonlySet<string>,
  t: TFunction,
): { to: string; label: string }[] {
  const items: { to: string; label: string }[] = [];
  if (can.has("client.create")) {
    items.push({ to: "/clients", label: t("clients.title") });
    items.push({ to: "/clients/new", label: t("clients.newTitle") });
  } else if (can.has("client.refer")) {
    items.push({ to: "/clients/new", label: t("clients.referTitle") });
    items.push({ to: "/clients", label: t("clients.sharedTitle") });
  }
  const leads = me.memberships.some((m) => m.organisationId === organisationId && m.role === "team_lead");
  if (leads) items.push({ to: "/team-caseloads", label: t("caseload.teamTitle") });
  return items;
}
