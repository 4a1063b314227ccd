import type { Executor } from "../platform/db/transaction.ts";
import { checkAuditDetails } from "./event-details.ts";
import type { AuditEntry } from "./event-types.ts";

/**
 * Appends one entry to the audit log. Call it with the transaction of the work it records, so
 * the entry commits or rolls back with that work. It takes no lock and computes no hash: the
 * database numbers the row and records the writing transaction, and the sealer chains committed
 * entries a few seconds later (ADR 0009), so audited reads and writes never queue behind each
 * other. Details must match the event type's schema (event-details.ts), else it throws.
 * Returns the entry's seq (insertion order, not its chain position).
 */
export async function recordAuditEvent(trx: Executor, entry: AuditEntry): Promise<number> {
  checkAuditDetails(entry.eventType, entry.details ?? {});
  const row = await trx
    .insertInto("audit_event")
    .values({
      occurred_at: new Date(),
      event_type: entry.eventType,
      outcome: entry.outcome ?? "success",
      actor_user_id: entry.actorUserId,
      organisation_id: entry.organisationId ?? null,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .returning("seq")
    .executeTakeFirstOrThrow();
  return row.seq;
}
