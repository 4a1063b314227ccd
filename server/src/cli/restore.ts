import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { openAuditKey } from "../audit/audit-key.ts";
import { readLatestCheckpoint } from "../audit/checkpoint.ts";
import { sealAuditLog } from "../audit/seal-audit-log.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { SOCKET_POINTER } from "../platform/backup/backup-socket.ts";
import { type Config, ConfigError } from "../platform/config.ts";
import { claimDataDir } from "../platform/data-dir-lock.ts";
import { openDatabase } from "../platform/db/database.ts";
import { type CliOutput, stdio } from "./cli-output.ts";
import { embeddedFileCheck } from "./pg-dump-advice.ts";

/**
 * `polku restore <file>`: loads a backup into an EMPTY data directory, then checks that the
 * database opens and its audit log verifies. It never writes over an existing database: restoring
 * is "start a new directory from the backup", and the operator chooses when to switch to it.
 */
export async function restore(
  config: Config,
  file: string | undefined,
  io: CliOutput = stdio,
): Promise<number> {
  const stop = embeddedFileCheck(config, file, "restore", io);
  if (stop !== null || !file || config.database.kind !== "pglite") return stop ?? 2;
  if (!existsSync(file)) {
    io.err(`The backup file ${file} does not exist.\n`);
    return 1;
  }
  const { dataDir } = config.database;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    io.err(
      `Refusing to restore: ${dataDir} (POLKU_DATA_DIR) is not empty. Restore only into an empty ` +
        "directory: set POLKU_DATA_DIR to a new directory, or move the current one away first.\n",
    );
    return 1;
  }
  const release = claimDataDir(dataDir);
  try {
    const database = await openDatabase({
      kind: "pglite",
      dataDir,
      loadDataDir: new Blob([readFileSync(file)]),
    });
    // The backup carries the old server's admin-socket pointer; this directory has no server yet.
    rmSync(join(dataDir, SOCKET_POINTER), { force: true });
    try {
      // The chain is keyed with a key kept outside the database (ADR 0009): the operator brings
      // the old key file (or POLKU_AUDIT_KEY); without it the log cannot be checked.
      let key: Buffer;
      try {
        key = await openAuditKey(database.db, config.audit);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        io.err(
          `Restored ${file} into ${dataDir}, but its audit log cannot be checked: ${error.message}\n` +
            "Copy the audit key file of the backed-up installation there, then run `npm run polku -- audit verify`.\n",
        );
        return 1;
      }
      // Entries of transactions that were running when the backup was taken get sealed now.
      await sealAuditLog(database, key);
      const { latest } = readLatestCheckpoint(config.audit.checkpointDir, key);
      const verdict = await verifyAuditChain(database.db, key, latest);
      if (!verdict.ok) {
        io.out(
          `Restored ${file} into ${dataDir}, but its audit log does NOT verify: entry ` +
            `${verdict.firstBadSeq} is ${verdict.problem}` +
            (verdict.problem === "truncated"
              ? ` (the checkpoints in ${config.audit.checkpointDir} anchor a later state than this backup; ` +
                "give the restored database a new POLKU_AUDIT_CHECKPOINT_DIR if that is expected)"
              : "") +
            ". Keep the old data directory.\n",
        );
        return 1;
      }
      io.out(
        `Restored ${file} into ${dataDir}. Audit log intact: ${verdict.entries} entries verified.\n` +
          "Start Polku with this POLKU_DATA_DIR to use it.\n",
      );
      return 0;
    } finally {
      await database.close();
    }
  } finally {
    // Also removes the backed-up server's polku.lock, which the tarball put back.
    release();
  }
}
