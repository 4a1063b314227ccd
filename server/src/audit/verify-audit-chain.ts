import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";
import { chainHash, GENESIS_HASH } from "./chain.ts";

export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadSeq: number; problem: "altered" | "missing" | "reordered" };

const PAGE = 2000;

/**
 * Walks the audit log in seq order and recomputes every hash. Reports the first entry that was
 * altered (its hash no longer matches), removed (a gap in seq) or reordered (its link to the
 * previous entry's hash is broken).
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_event")
      .selectAll()
      .where("seq", ">=", expectedSeq)
      .orderBy("seq")
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, entries, firstBadSeq: expectedSeq, problem: "missing" };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, entries, firstBadSeq: row.seq, problem: "reordered" };
      }
      const hash = chainHash(prevHash, {
        seq: row.seq,
        occurredAt: new Date(row.occurred_at).toISOString(),
        eventType: row.event_type,
        outcome: row.outcome,
        actorUserId: row.actor_user_id,
        organisationId: row.organisation_id,
        targetType: row.target_type,
        targetId: row.target_id,
        details: row.details,
      });
      if (hash !== row.hash) {
        return { ok: false, entries, firstBadSeq: row.seq, problem: "altered" };
      }
      prevHash = row.hash;
      expectedSeq++;
      entries++;
    }
    if (rows.length < PAGE) return { ok: true, entries };
  }
}
