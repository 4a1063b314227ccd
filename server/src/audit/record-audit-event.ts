import { sql } from "kysely";
import type { Executor } from "../platform/db/transaction.ts";
import { chainHash, GENESIS_HASH } from "./chain.ts";
import type { AuditEntry } from "./event-types.ts";

// One lock id for the whole audit chain: seq and prev_hash are read and written under it.
const AUDIT_CHAIN_LOCK = 72_010_001;

/**
 * Appends one entry to the hash-chained audit log. Call it with the transaction of the work it
 * records, so the entry commits or rolls back with that work. The transaction-scoped advisory
 * lock keeps seq gapless and the chain linear across server instances; it is held until commit.
 */
export async function recordAuditEvent(trx: Executor, entry: AuditEntry): Promise<number> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom("audit_event")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const occurredAt = new Date();
  const fields = {
    seq,
    occurredAt: occurredAt.toISOString(),
    eventType: entry.eventType,
    outcome: entry.outcome ?? "success",
    actorUserId: entry.actorUserId,
    organisationId: entry.organisationId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  };
  await trx
    .insertInto("audit_event")
    .values({
      seq,
      occurred_at: occurredAt,
      event_type: fields.eventType,
      outcome: fields.outcome,
      actor_user_id: fields.actorUserId,
      organisation_id: fields.organisationId,
      target_type: fields.targetType,
      target_id: fields.targetId,
      details: JSON.stringify(fields.details),
      prev_hash: prevHash,
      hash: chainHash(prevHash, fields),
    })
    .execute();
  return seq;
}
