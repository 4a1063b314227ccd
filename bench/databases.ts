/**
 * Where `npm run bench` keeps its datasets: PGlite data directories under bench/.data/, and on
 * PostgreSQL one database per dataset (`polku_bench_<key>`) on the server BENCH_DATABASE_URL names
 * (its user must be allowed to create databases), or on a throwaway cluster started here with
 * scripts/pg-cluster.sh and stopped on exit (then nothing is reused between runs).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { type Database, openDatabase } from "../server/src/platform/db/database.ts";
import type { BenchDb } from "./options.ts";

const DATA_DIR = join(import.meta.dirname, ".data");

/** A dataset's database, opened; `fresh` when it was (re)created empty. */
export type BenchDatabase = { database: Database; fresh: boolean; where: string; url?: string };

let cluster: { dir: string; url: string } | null = null;

/** The PostgreSQL server's URL: BENCH_DATABASE_URL, else a throwaway cluster (started once). */
function serverUrl(): string {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) return url;
  if (!cluster) {
    const script = join(import.meta.dirname, "..", "scripts", "pg-cluster.sh");
    const out = execFileSync("bash", [script, "start"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const value = (name: string) => out.match(new RegExp(`export ${name}=(\\S+)`))?.[1] ?? "";
    cluster = { dir: value("PG_CLUSTER_DIR"), url: value("TEST_DATABASE_URL") };
  }
  return cluster.url;
}

/** Stops the throwaway cluster, if this run started one. */
export function stopBenchCluster(): void {
  if (!cluster) return;
  const script = join(import.meta.dirname, "..", "scripts", "pg-cluster.sh");
  execFileSync("bash", [script, "stop", cluster.dir], { stdio: "inherit" });
  cluster = null;
}

/**
 * Opens the database of dataset `key` on `kind`: the one kept from an earlier run when `reuse`
 * and it holds the finished dataset, else an empty one (a half-built one is thrown away).
 */
export async function openBenchDatabase(kind: BenchDb, key: string, reuse: boolean): Promise<BenchDatabase> {
  if (reuse) {
    const kept = await openKept(kind, key, false);
    if (await holdsDataset(kept.database, key)) return { ...kept, fresh: false };
    await kept.database.close();
  }
  return { ...(await openKept(kind, key, true)), fresh: true };
}

async function openKept(kind: BenchDb, key: string, empty: boolean): Promise<Omit<BenchDatabase, "fresh">> {
  if (kind === "pglite") {
    const dir = join(DATA_DIR, `pglite-${key}`);
    if (empty) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return { database: await openDatabase({ kind: "pglite", dataDir: dir }), where: dir };
  }
  const server = new URL(serverUrl());
  const name = `polku_bench_${key.replace(/[^a-z0-9_]/g, "_")}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (empty && exists) await admin.query(`drop database "${name}"`);
    if (empty || !exists) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 20 });
  return { database, where: `${url.host}/${name}`, url: url.toString() };
}

/** The dataset record the bench stores beside the data (bench/dataset.ts), or null. */
async function holdsDataset(database: Database, key: string): Promise<boolean> {
  const table = await sql<{ t: string | null }>`select to_regclass('bench_dataset')::text as t`.execute(
    database.db,
  );
  if (!table.rows[0]?.t) return false;
  const row = await sql`select 1 from bench_dataset where key = ${key}`.execute(database.db);
  return row.rows.length === 1;
}
