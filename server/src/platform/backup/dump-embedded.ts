import type { Database } from "../db/database.ts";

/**
 * A consistent copy of the embedded database as a gzipped tarball of its data directory.
 * Every query on the one PGlite instance goes through the database lock, so holding it means no
 * transaction is half-written while the files are read; a CHECKPOINT first writes everything to
 * the data files, so the restored copy starts without replaying WAL.
 */
export async function dumpEmbeddedDatabase(database: Database): Promise<Uint8Array> {
  if (!database.pglite || !database.lock) throw new Error("Only the embedded database can be dumped.");
  const release = await database.lock.acquire();
  try {
    await database.pglite.exec("checkpoint");
    const blob = await database.pglite.dumpDataDir("gzip");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    release();
  }
}
