import { ipsTeamRoles } from "@core/access/roles";
import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/**
 * Job development links: the weekly picture for IPS team members (coaches and team leaders),
 * and the employer register for everyone who may read it.
 */
export function jobDevelopmentNavItems(
  me: Me,
  organisationId: string | null,
  can: ReadonlySet<string>,
  t: TFunction,
): { to: string; label: string }[] {
  const items: { to: string; label: string }[] = [];
  const ips = me.memberships.some(
    (m) => m.organisationId === organisationId && ipsTeamRoles.includes(m.role),
  );
  if (ips) items.push({ to: "/job-development", label: t("jobDevelopmentUi.nav") });
  if (organisationId && can.has("employer.read"))
    items.push({ to: `/organisations/${organisationId}/employers`, label: t("employersUi.nav") });
  return items;
}
