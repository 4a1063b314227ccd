import { ipsTeamRoles } from "@core/access/roles";
import type { TFunction } from "i18next";
import type { Me } from "../platform/types.ts";

/** The review of records whose type and mode disagree, for coaches and team leads (their caseloads). */
export function activityReviewNavItems(me: Me, organisationId: string | null, t: TFunction) {
  const ips = me.memberships.some(
    (m) => m.organisationId === organisationId && ipsTeamRoles.includes(m.role),
  );
  return ips ? [{ to: "/activity-review", label: t("nav.activityReview") }] : [];
}
