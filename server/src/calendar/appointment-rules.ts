import { ipsTeamRoles } from "../../../core/access/roles.ts";
import type { Actor } from "../access/actor.ts";
import { requireClientAccess } from "../access/client-gate.ts";
import { AccessDenied, answerDenialWith } from "../access/deny.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError, forbidden, invalid } from "../platform/http/app-error.ts";

/**
 * The organisation an appointment belongs to: its client's, which the caller must work in full
 * (anything else is a field error, so a client id cannot be probed); without a client, the
 * caller's own IPS organisation.
 */
export async function appointmentOrganisation(
  db: Executor,
  actor: Actor,
  clientId: string | null,
): Promise<string> {
  if (actor.twoFactorRequired) throw new AppError("two_factor_required");
  if (clientId) {
    try {
      return (await requireClientAccess(db, actor, clientId, "full")).organisationId;
    } catch (error) {
      // Out of scope or shared only: a field error for the form, still audited as a denial.
      if (error instanceof AccessDenied) {
        throw answerDenialWith(invalid({ clientId: { key: "invalid_option" } }), error);
      }
      throw error;
    }
  }
  const membership = actor.memberships.find((m) => ipsTeamRoles.includes(m.role)) ?? actor.memberships[0];
  if (!membership) throw forbidden();
  return membership.organisationId;
}

/** An appointment ends after it starts. */
export function checkTimes(startsAt: string | Date, endsAt: string | Date): void {
  if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    throw invalid({ endsAt: { key: "end_before_start" } });
  }
}
