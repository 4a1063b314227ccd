import { ipsTeamRoles } from "@core/access/roles";
import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/** The calendar link, for IPS team members (coaches and team leaders): they own appointments. */
export function calendarNavItems(me: Me, t: TFunction): { to: string; label: string }[] {
  const ips = me.memberships.some((m) => ipsTeamRoles.includes(m.role));
  return ips ? [{ to: "/calendar", label: t("calendarUi.nav") }] : [];
}
