import { comparisonCohortDenial } from "../../../core/comparisons/cohort-access.ts";
import type { Actor } from "../access/actor.ts";
import { deny } from "../access/deny.ts";
import { AppError } from "../platform/http/app-error.ts";

/** The gate for comparison cohorts (core's rule); denials are audited by the route layer. */
export function requireCohortAccess(actor: Actor, organisationId: string, action: string): void {
  if (actor.twoFactorRequired) throw new AppError("two_factor_required");
  const denial = comparisonCohortDenial(actor, organisationId);
  if (denial === "not_found") throw deny("not_found", { action });
  if (denial === "forbidden") throw deny("forbidden", { organisationId, action });
}
