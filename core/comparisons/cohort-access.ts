import type { AggregateViewer } from "../access/aggregate.ts";
import type { Role } from "../access/roles.ts";

/**
 * Who may import and read an organisation's comparison cohorts: the people who evaluate its
 * results (organisation admins, evaluators) and team leads. A cohort is counts only, but choosing
 * and describing a comparison group is an evaluation task, not a coach's. Deny by default.
 */
export const comparisonCohortRoles: readonly Role[] = ["org_admin", "team_lead", "evaluator"];

/** "not_found" outside the viewer's organisations, "forbidden" without a role above, else null. */
export function comparisonCohortDenial(
  viewer: AggregateViewer,
  organisationId: string,
): "not_found" | "forbidden" | null {
  const inOrganisation = viewer.memberships.filter((m) => m.organisationId === organisationId);
  if (inOrganisation.length === 0) return "not_found";
  return inOrganisation.some((m) => comparisonCohortRoles.includes(m.role)) ? null : "forbidden";
}
