import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { requestBackup } from "../platform/backup/backup-socket.ts";
import { dumpEmbeddedDatabase } from "../platform/backup/dump-embedded.ts";
import type { Config } from "../platform/config.ts";
import { claimDataDir, DataDirInUseError } from "../platform/data-dir-lock.ts";
import { openDatabase } from "../platform/db/database.ts";
import { type CliOutput, stdio } from "./cli-output.ts";
import { embeddedFileCheck } from "./pg-dump-advice.ts";

/**
 * `polku backup <file>`: a consistent copy of the embedded database. When no server runs, the
 * CLI claims the data directory and dumps it itself; when one runs, it owns the directory, so the
 * CLI asks it over its admin socket (platform/backup/backup-socket.ts). The file holds personal
 * data: it is written 0600, and never over an existing file.
 */
export async function backup(
  config: Config,
  file: string | undefined,
  io: CliOutput = stdio,
): Promise<number> {
  const stop = embeddedFileCheck(config, file, "backup", io);
  if (stop !== null || !file || config.database.kind !== "pglite") return stop ?? 2;
  if (existsSync(file)) {
    io.err(`${file} already exists. Choose a new file name; a backup never overwrites one.\n`);
    return 1;
  }
  const { dataDir } = config.database;
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    io.err(`There is no embedded database in ${dataDir} (POLKU_DATA_DIR) to back up.\n`);
    return 1;
  }
  const partial = `${file}.partial`;
  if (existsSync(partial)) {
    io.err(
      `${partial} is left from an interrupted backup. Delete it (it is not a usable backup), then run the backup again.\n`,
    );
    return 1;
  }
  const bytes = await dumpDataDir(dataDir);
  try {
    writeFileSync(partial, bytes, { mode: 0o600, flag: "wx" });
    renameSync(partial, file);
  } catch (error) {
    // A half-written file must not look like a backup.
    rmSync(partial, { force: true });
    throw error;
  }
  const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
  io.out(
    `Backup of ${dataDir} written to ${file} (${megabytes} MB).\n` +
      `Restore it into an empty directory with: POLKU_DATA_DIR=<new dir> npm run polku -- restore ${file}\n`,
  );
  return 0;
}

async function dumpDataDir(dataDir: string): Promise<Uint8Array> {
  let release: () => void;
  try {
    release = claimDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const fromServer = await requestBackup(dataDir);
    if (fromServer) return fromServer;
    throw new Error(
      `${error.message}\nThat process did not answer the backup request on its admin socket; ` +
        "stop it and run the backup again.",
    );
  }
  try {
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      return await dumpEmbeddedDatabase(database);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}
