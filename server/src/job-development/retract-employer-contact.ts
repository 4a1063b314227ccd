import type { Actor } from "../access/actor.ts";
import { deny } from "../access/deny.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, notFound } from "../platform/http/app-error.ts";

/**
 * Retracts an employer contact recorded in error. Only its author may: the log is theirs and the
 * weekly count is theirs. Nothing is deleted; a retracted contact no longer counts anywhere
 * (weekly picture, V4 first contact, the employer's history) and the reason is kept.
 */
export async function retractEmployerContact(
  database: Database,
  actor: Actor,
  organisationId: string,
  contactId: string,
  reason: string,
): Promise<void> {
  requireOrganisation(actor, "employer.manage", organisationId);
  const denied = await inTransaction(database, async (trx) => {
    const row = await trx
      .selectFrom("employer_contact")
      .select(["id", "coach_user_id", "retracted_at"])
      .where("id", "=", contactId)
      .where("organisation_id", "=", organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.coach_user_id !== actor.userId) return true;
    if (row.retracted_at) throw conflict();
    await trx
      .updateTable("employer_contact")
      .set({ retracted_at: new Date(), retraction_reason: reason })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "employer_contact.retracted",
      actorUserId: actor.userId,
      organisationId,
      targetType: "employer_contact",
      targetId: row.id,
    });
    return false;
  });
  if (!denied) return;
  throw deny("forbidden", {
    organisationId,
    targetType: "employer_contact",
    targetId: contactId,
    action: "employer_contact.retract",
  });
}
