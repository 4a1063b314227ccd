import type { Executor } from "../platform/db/transaction.ts";
import { chainHash, GENESIS_HASH } from "./chain.ts";
import type { Checkpoint } from "./checkpoint.ts";
import { chainedFields, readKeyedFrom } from "./seal-audit-log.ts";

export type ChainProblem = "altered" | "missing" | "reordered" | "recomputed" | "truncated";

export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadSeq: number; problem: ChainProblem };

const PAGE = 2000;

/**
 * Walks the sealed audit log in chain order and recomputes every hash (HMAC with the key from
 * `keyed_from` on, plain sha256 before it). Reports the first entry that was altered, removed
 * (a gap) or reordered (a broken link); an entry whose hash is the unkeyed sha256 where a keyed
 * one belongs as recomputed without the key. Then holds the chain against the latest signed
 * checkpoint: a chain that ends before it was truncated, one whose entry at the checkpoint has
 * another hash (or whose keyed boundary moved) was recomputed. Positions are `chain_seq`.
 */
export async function verifyAuditChain(
  db: Executor,
  key: Buffer,
  checkpoint: Checkpoint | null,
): Promise<ChainVerdict> {
  const keyedFrom = await readKeyedFrom(db);
  let expected = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const bad = (firstBadSeq: number, problem: ChainProblem): ChainVerdict => ({
    ok: false,
    entries,
    firstBadSeq,
    problem,
  });
  if (checkpoint && checkpoint.keyedFrom !== keyedFrom)
    return bad(Math.min(keyedFrom, checkpoint.keyedFrom), "recomputed");
  for (;;) {
    const rows = await db
      .selectFrom("audit_event")
      .selectAll()
      .where("chain_seq", ">=", expected)
      .orderBy("chain_seq")
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (row.chain_seq !== expected) return bad(expected, "missing");
      if (row.prev_hash !== prevHash) return bad(expected, "reordered");
      const fields = chainedFields(row, expected);
      if (chainHash(expected >= keyedFrom ? key : null, prevHash, fields) !== row.hash) {
        const unkeyed = expected >= keyedFrom && chainHash(null, prevHash, fields) === row.hash;
        return bad(expected, unkeyed ? "recomputed" : "altered");
      }
      if (checkpoint && expected === checkpoint.chainSeq && row.hash !== checkpoint.hash) {
        return bad(expected, "recomputed");
      }
      prevHash = row.hash;
      expected++;
      entries++;
    }
    if (rows.length < PAGE) break;
  }
  if (checkpoint && entries < checkpoint.chainSeq) return bad(entries + 1, "truncated");
  return { ok: true, entries };
}
