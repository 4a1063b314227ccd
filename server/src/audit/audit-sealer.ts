import type { Database } from "../platform/db/database.ts";
import { GENESIS_HASH } from "./chain.ts";
import { type Checkpoint, readLatestCheckpoint, writeCheckpoint } from "./checkpoint.ts";
import { readChainHead, readKeyedFrom, sealAuditLog } from "./seal-audit-log.ts";

export type AuditAnchoring = { key: Buffer; checkpointDir: string };

const SEAL_EVERY_MS = 3_000;
const CHECKPOINT_EVERY_MS = 5 * 60_000;

/** The chain no longer extends the latest signed checkpoint: no new checkpoint may bless it. */
export class AuditAnchorBroken extends Error {}

/**
 * Seals what can be sealed, then writes a signed checkpoint of the head outside the database —
 * only when the chain still extends the latest checkpoint: the entry at its position still has
 * its hash and the keyed boundary has not moved. Otherwise someone un-sealed or re-keyed entries
 * in the database and the sealer re-chained them; signing that head would launder the change, so
 * it throws instead and `audit verify` keeps reporting the recomputed chain.
 */
export async function checkpointAuditLog(database: Database, anchoring: AuditAnchoring): Promise<Checkpoint> {
  const { latest } = readLatestCheckpoint(anchoring.checkpointDir, anchoring.key);
  await sealAuditLog(database, anchoring.key);
  if (latest) await assertExtends(database, latest);
  const head = await readChainHead(database.db);
  const checkpoint: Checkpoint = {
    chainSeq: head?.chainSeq ?? 0,
    hash: head?.hash ?? GENESIS_HASH,
    keyedFrom: await readKeyedFrom(database.db),
    at: new Date().toISOString(),
  };
  writeCheckpoint(anchoring.checkpointDir, anchoring.key, checkpoint);
  return checkpoint;
}

async function assertExtends(database: Database, latest: Checkpoint): Promise<void> {
  const keyedFrom = await readKeyedFrom(database.db);
  const anchored =
    latest.chainSeq === 0
      ? { hash: GENESIS_HASH }
      : await database.db
          .selectFrom("audit_event")
          .select("hash")
          .where("chain_seq", "=", latest.chainSeq)
          .executeTakeFirst();
  if (keyedFrom !== latest.keyedFrom || anchored?.hash !== latest.hash) {
    throw new AuditAnchorBroken(
      `The audit chain no longer extends the checkpoint at entry ${latest.chainSeq}; no new checkpoint written. Run \`polku audit verify\`.`,
    );
  }
}

/**
 * Runs the sealer every few seconds and a checkpoint every few minutes in the server (ADR 0009).
 * Timers are unref'd so they never keep a process alive; `stop` waits for a running round, then
 * seals and checkpoints once more (a clean shutdown leaves an anchor at the very head).
 */
export function startAuditSealer(
  database: Database,
  anchoring: AuditAnchoring,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const round = (work: () => Promise<unknown>) => {
    if (stopped) return;
    running = running.then(work).catch(onError);
  };
  const sealTimer = setInterval(() => round(() => sealAuditLog(database, anchoring.key)), SEAL_EVERY_MS);
  const checkpointTimer = setInterval(
    () => round(() => checkpointAuditLog(database, anchoring)),
    CHECKPOINT_EVERY_MS,
  );
  sealTimer.unref();
  checkpointTimer.unref();
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(sealTimer);
      clearInterval(checkpointTimer);
      await running;
      // A failed final checkpoint is reported, not thrown: shutdown must still close the database.
      await checkpointAuditLog(database, anchoring).catch(onError);
    },
  };
}
