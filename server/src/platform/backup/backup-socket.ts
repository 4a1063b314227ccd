import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../db/database.ts";
import { dumpEmbeddedDatabase } from "./dump-embedded.ts";

/**
 * How `polku backup` reaches a running server. PGlite is one process's database and the server
 * holds the data directory's lock, so the CLI cannot open the files itself; it asks the server
 * over a local Unix socket instead. The socket cannot live in the data directory (PGlite's dump
 * walks that directory and fails on a socket file), so it lives in a private temporary directory
 * (mode 0700, the socket 0600: only the server's own user can ask for a backup) and its path is
 * written to `polku.admin-socket` in the data directory.
 *
 * Protocol: the client sends `backup\n`; the server answers `ok <bytes>\n` and the gzipped
 * tarball, or `error <message>\n`.
 */
export const SOCKET_POINTER = "polku.admin-socket";

export type BackupSocket = { path: string; close(): Promise<void> };

export async function serveBackups(database: Database, dataDir: string): Promise<BackupSocket> {
  const dir = mkdtempSync(join(tmpdir(), "polku-admin-"));
  const path = join(dir, "admin.sock");
  const server = createServer((socket) => {
    socket.once("data", (chunk) => {
      if (chunk.toString("utf8").trim() !== "backup") {
        socket.end("error unknown request\n");
        return;
      }
      dumpEmbeddedDatabase(database).then(
        (bytes) => {
          socket.write(`ok ${bytes.length}\n`);
          socket.end(bytes);
        },
        (error: unknown) => socket.end(`error ${error instanceof Error ? error.message : "dump failed"}\n`),
      );
    });
    socket.on("error", () => {
      // The CLI went away mid-transfer; nothing to clean up.
    });
  });
  // The umask makes the socket 0600 from the moment it exists (listen binds synchronously).
  const umask = process.umask(0o177);
  try {
    server.listen(path);
  } finally {
    process.umask(umask);
  }
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  writeFileSync(join(dataDir, SOCKET_POINTER), path, { mode: 0o600 });
  return {
    path,
    async close() {
      rmSync(join(dataDir, SOCKET_POINTER), { force: true });
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asks the server running on dataDir for a backup; null when no server answers. */
export async function requestBackup(dataDir: string): Promise<Uint8Array | null> {
  let path: string;
  try {
    path = readFileSync(join(dataDir, SOCKET_POINTER), "utf8").trim();
  } catch {
    return null;
  }
  return new Promise((resolve, reject) => {
    const socket = createConnection(path, () => socket.write("backup\n"));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      const head = all.subarray(0, newline < 0 ? all.length : newline).toString("utf8");
      const ok = /^ok (\d+)$/.exec(head);
      if (!ok) {
        reject(new Error(`The running server could not make a backup: ${head.replace(/^error /, "")}`));
        return;
      }
      const body = all.subarray(newline + 1);
      if (body.length !== Number(ok[1])) {
        reject(new Error(`The backup was cut short (${body.length} of ${ok[1]} bytes).`));
        return;
      }
      resolve(new Uint8Array(body));
    });
  });
}
