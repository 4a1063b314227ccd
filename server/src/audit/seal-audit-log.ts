import { sql } from "kysely";
import type { Database } from "../platform/db/database.ts";
import { type Executor, inTransaction, type Trx } from "../platform/db/transaction.ts";
import { type ChainedFields, chainHash, GENESIS_HASH } from "./chain.ts";

// Only one sealer at a time across instances; a busy sealer is skipped, never waited for.
const SEALER_LOCK = 72_010_002;
const BATCH = 2000;

export type ChainHead = { chainSeq: number; hash: string };

/**
 * Chains the committed entries not chained yet (ADR 0009): each gets the next gapless chain
 * position after the current head, in insertion order, and its keyed hash. The chain order is
 * the order of sealing, so an entry whose transaction commits later is simply chained later; no
 * entry can ever need a position before the head, and nothing waits for running transactions.
 * Returns how many entries it sealed, or null when another sealer held the lock.
 */
export async function sealAuditLog(database: Database, key: Buffer): Promise<number | null> {
  let total = 0;
  for (;;) {
    const sealed = await inTransaction(database, (trx) => sealBatch(trx, key));
    if (sealed === null) return total === 0 ? null : total;
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

async function sealBatch(trx: Trx, key: Buffer): Promise<number | null> {
  const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${SEALER_LOCK}) as ok`.execute(
    trx,
  );
  if (!lock.rows[0]?.ok) return null;
  const head = await readChainHead(trx);
  const keyedFrom = await readKeyedFrom(trx);
  const rows = await trx
    .selectFrom("audit_event")
    .selectAll()
    .where("chain_seq", "is", null)
    .orderBy("seq")
    .limit(BATCH)
    .execute();
  if (rows.length === 0) return 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  let chainSeq = head?.chainSeq ?? 0;
  const sealed = rows.map((row) => {
    chainSeq++;
    const hash = chainHash(chainSeq >= keyedFrom ? key : null, prevHash, chainedFields(row, chainSeq));
    const out = { seq: row.seq, chain_seq: chainSeq, prev_hash: prevHash, hash };
    prevHash = hash;
    return out;
  });
  await sql`
    update audit_event as a
    set chain_seq = v.chain_seq, prev_hash = v.prev_hash, hash = v.hash
    from jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb)
      as v(seq bigint, chain_seq bigint, prev_hash text, hash text)
    where a.seq = v.seq and a.chain_seq is null`.execute(trx);
  return rows.length;
}

/** The last sealed entry's position and hash, or null when nothing is sealed yet. */
export async function readChainHead(db: Executor): Promise<ChainHead | null> {
  const row = await db
    .selectFrom("audit_event")
    .select(["chain_seq", "hash"])
    .where("chain_seq", "is not", null)
    .orderBy("chain_seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.chain_seq != null && row.hash ? { chainSeq: row.chain_seq, hash: row.hash } : null;
}

/** The chain position from which hashes are keyed (entries before it predate the key). */
export async function readKeyedFrom(db: Executor): Promise<number> {
  const row = await db.selectFrom("audit_chain").select("keyed_from").executeTakeFirst();
  return row?.keyed_from ?? 1;
}

type StoredEntry = {
  occurred_at: Date | string;
  event_type: string;
  outcome: string;
  actor_user_id: string | null;
  organisation_id: string | null;
  target_type: string | null;
  target_id: string | null;
  details: unknown;
};

/** The fields the hash covers, as stored; `seq` in the hash is the chain position. */
export function chainedFields(row: StoredEntry, chainSeq: number): ChainedFields {
  return {
    seq: chainSeq,
    occurredAt: new Date(row.occurred_at).toISOString(),
    eventType: row.event_type,
    outcome: row.outcome,
    actorUserId: row.actor_user_id,
    organisationId: row.organisation_id,
    targetType: row.target_type,
    targetId: row.target_id,
    details: row.details,
  };
}
