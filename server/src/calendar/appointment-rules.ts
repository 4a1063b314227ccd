import { ipsTeamRoles } from "../../../core/access/roles.ts";
import type { Actor } from "../access/actor.ts";
import { requireClientAccess } from "../access/client-gate.ts";
import { AccessDenied, answerDenialWith } from "../access/deny.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { AppError, forbidden, invalid } from "../platform/http/app-error.ts";

/**
 * The organisation an appointment belongs to and its gated client: the client's organisation,
 * which the caller must work in full (anything else is a field error, so a client id cannot be
 * probed); without a client, the caller's own IPS organisation.
 */
export async function appointmentTarget(
  db: Executor,
  actor: Actor,
  clientId: string | null,
): Promise<{ organisationId: string; client: GatedClient | null }> {
  if (actor.twoFactorRequired) throw new AppError("two_factor_required");
  if (clientId) {
    try {
      const client = await requireClientAccess(db, actor, clientId, "full");
      return { organisationId: client.organisationId, client };
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
  return { organisationId: membership.organisationId, client: null };
}

/** An appointment ends after it starts. */
export function checkTimes(startsAt: string | Date, endsAt: string | Date): void {
  if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    throw invalid({ endsAt: { key: "end_before_start" } });
  }
}

/**
 * The job lead an interview is booked from: a lead of the client's organisation that has the
 * client (who passed the gate in full) as a candidate. Anything else is a field error, so a lead
 * id cannot be probed.
 */
export async function interviewLead(
  db: Executor,
  leadId: string,
  client: GatedClient | null,
): Promise<string> {
  const candidate = client
    ? await db
        .selectFrom("job_lead_candidate as c")
        .innerJoin("job_lead as l", "l.id", "c.job_lead_id")
        .select("l.id")
        .where("c.job_lead_id", "=", leadId)
        .where("c.client_id", "=", client.clientId)
        .where("l.organisation_id", "=", client.organisationId)
        .executeTakeFirst()
    : undefined;
  if (!candidate) throw invalid({ jobLeadId: { key: "invalid_option" } });
  return candidate.id;
}
