import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { AsyncLock } from "./lock.ts";
import { PGliteDialect } from "./pglite-dialect.ts";
import type { DB } from "./schema.ts";

export type DatabaseKind = "pglite" | "postgresql";

/** An open database: the typed query builder plus what the platform needs to manage it. */
export type Database = {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The embedded instance's lock (null on PostgreSQL, where the pool isolates sessions). */
  lock: AsyncLock | null;
  /** The embedded instance, for the few callers that must run multi-statement SQL under the lock. */
  pglite: PGlite | null;
  close(): Promise<void>;
};

export type OpenDatabaseOptions =
  | { kind: "postgresql"; url: string; poolSize?: number }
  | {
      kind: "pglite";
      /** null: in memory, gone on close (tests). */
      dataDir: string | null;
      lockTimeoutMs?: number;
      /** A tarball from PGlite's dumpDataDir to start from (test templates, `polku restore`). */
      loadDataDir?: Blob;
    };

// int8 (bigint, count(*)) as a JS number on both drivers; our int8 values stay far below 2^53.
const INT8 = 20;
pg.types.setTypeParser(INT8, (value) => Number.parseInt(value, 10));
// date as its ISO text (YYYY-MM-DD) on both drivers: a calendar date has no time zone, and a JS
// Date would shift it by the server's offset.
const DATE = 1082;
pg.types.setTypeParser(DATE, (value) => value);

/** Opens PGlite (embedded, in-process) or a PostgreSQL server pool. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.kind === "postgresql") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on("error", () => {
      // An idle client lost its connection; the pool replaces it. Nothing personal to log.
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgresql", lock: null, pglite: null, close: () => db.destroy() };
  }
  const pglite = await PGlite.create(options.dataDir ?? undefined, {
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [INT8]: (value: string) => Number.parseInt(value, 10), [DATE]: (value: string) => value },
  });
  const lock = new AsyncLock(options.lockTimeoutMs ?? 30_000);
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite, lock) });
  return {
    db,
    kind: "pglite",
    lock,
    pglite,
    async close() {
      const release = await lock.acquire();
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}
