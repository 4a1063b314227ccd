import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/**
 * Administration links for reporting networks: the organisation's agreements for its admins
 * (organisation.manage, the routes' own permission), every network for platform admins.
 */
export function networkAdminNavItems(
  me: Me,
  organisationId: string | null,
  can: ReadonlySet<string>,
  t: TFunction,
): { to: string; label: string }[] {
  const items: { to: string; label: string }[] = [];
  if (organisationId && can.has("organisation.manage"))
    items.push({ to: `/organisations/${organisationId}/reporting-networks`, label: t("networks.title") });
  if (me.user.platformAdmin) items.push({ to: "/platform/networks", label: t("networks.platformTitle") });
  return items;
}
