import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export class DataDirInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the embedded database directory for this process. PGlite is one process's database:
 * a second server on the same directory would corrupt it, so it stops with a clear message.
 * A lock left by a process that no longer runs is taken over.
 */
export function claimDataDir(dataDir: string): () => void {
  // PGlite writes its files world-readable (0666 under the usual umask); the directory is the
  // one barrier between psychiatric patients' records and other local users, so it is the
  // owner's only, also when it already existed.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const lockFile = join(dataDir, "polku.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is already in use by another Polku process (pid ${pid}). ` +
            "Stop that process first, or set POLKU_DATA_DIR to another directory.",
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not claim ${lockFile}.`);
}
