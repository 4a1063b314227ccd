import type { AuditAnchoring } from "../audit/audit-sealer.ts";
import { GENESIS_HASH } from "../audit/chain.ts";
import { readLatestCheckpoint, writeCheckpoint } from "../audit/checkpoint.ts";
import { readChainHead, readKeyedFrom, sealAuditLog } from "../audit/seal-audit-log.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import type { Database } from "../platform/db/database.ts";

const WHAT = {
  altered: "was altered (its content no longer matches its hash)",
  missing: "is missing (an entry was removed)",
  reordered: "is out of order (its link to the previous entry is broken)",
  recomputed:
    "belongs to a recomputed chain (its hash was made without the audit key, or differs from the signed checkpoint)",
  truncated: "is missing: the log was truncated (the signed checkpoint anchors entries beyond its end)",
} as const;

/**
 * `polku audit verify`: seals what is committed, checks the chain and the latest signed
 * checkpoint, prints the verdict; exit code 1 when the chain is broken. An intact chain is
 * anchored with a new checkpoint.
 */
export async function verifyAudit(database: Database, anchoring: AuditAnchoring): Promise<number> {
  await sealAuditLog(database, anchoring.key);
  const { latest, forged } = readLatestCheckpoint(anchoring.checkpointDir, anchoring.key);
  const verdict = await verifyAuditChain(database.db, anchoring.key, latest);
  const unsealed = await database.db
    .selectFrom("audit_event")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("chain_seq", "is", null)
    .executeTakeFirstOrThrow();
  const notes = [
    forged
      ? `WARNING: ${forged} checkpoint line(s) in ${anchoring.checkpointDir} have no valid signature.`
      : "",
    latest
      ? ""
      : `No checkpoint in ${anchoring.checkpointDir} yet: deleting the newest entries cannot be detected.`,
    Number(unsealed.n) ? `${unsealed.n} entries of running transactions are not sealed yet.` : "",
  ].filter(Boolean);
  if (verdict.ok) {
    const head = await readChainHead(database.db);
    writeCheckpoint(anchoring.checkpointDir, anchoring.key, {
      chainSeq: head?.chainSeq ?? 0,
      hash: head?.hash ?? GENESIS_HASH,
      keyedFrom: await readKeyedFrom(database.db),
      at: new Date().toISOString(),
    });
    const anchored = latest
      ? ` (anchored by the checkpoint of ${latest.at} at entry ${latest.chainSeq})`
      : "";
    process.stdout.write(
      [`Audit log intact: ${verdict.entries} entries verified${anchored}.`, ...notes, ""].join("\n"),
    );
    return forged ? 1 : 0;
  }
  process.stdout.write(
    [
      `Audit log BROKEN: entry ${verdict.firstBadSeq} ${WHAT[verdict.problem]}. ${verdict.entries} entries before it verified.`,
      ...notes,
      "",
    ].join("\n"),
  );
  return 1;
}
