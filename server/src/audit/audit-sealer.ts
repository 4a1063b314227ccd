import type { Database } from "../platform/db/database.ts";
import { GENESIS_HASH } from "./chain.ts";
import { type Checkpoint, writeCheckpoint } from "./checkpoint.ts";
import { readChainHead, readKeyedFrom, sealAuditLog } from "./seal-audit-log.ts";

export type AuditAnchoring = { key: Buffer; checkpointDir: string };

const SEAL_EVERY_MS = 3_000;
const CHECKPOINT_EVERY_MS = 5 * 60_000;

/** Seals what can be sealed, then writes a signed checkpoint of the head outside the database. */
export async function checkpointAuditLog(database: Database, anchoring: AuditAnchoring): Promise<Checkpoint> {
  await sealAuditLog(database, anchoring.key);
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
