import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import pg from "pg";
import { setPasswordHashingForTests } from "../../auth/password-hash.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { migrateToLatest, migrationsDir } from "../db/migrate.ts";

/**
 * Test databases start from one migrated template instead of running initdb and every migration
 * per test file (ADR 0002). On PGlite the template is a data-dir tarball held in memory: built once
 * by scripts/test.mjs (POLKU_TEST_PGLITE_TEMPLATE names the file) or, when a file is run on its
 * own, once per process. Each test database is an in-memory PGlite loaded from it: no disk I/O,
 * which on a shared machine was most of a test file's start-up. On PostgreSQL the template is a
 * database named after the migrations' content, cloned with `create database … template …`.
 */
let pgliteTemplate: Promise<Blob> | null = null;

async function buildPGliteTemplate(): Promise<Blob> {
  const file = process.env.POLKU_TEST_PGLITE_TEMPLATE;
  if (file) return new Blob([await readFile(file)]);
  return dumpMigratedPGlite();
}

/** A fresh in-memory PGlite with every migration, as an uncompressed data-dir tarball. */
export async function dumpMigratedPGlite(): Promise<Blob> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  try {
    await migrateToLatest(database.db);
    // biome-ignore lint/style/noNonNullAssertion: a pglite Database always has its instance
    return await database.pglite!.dumpDataDir("none");
  } finally {
    await database.close();
  }
}

async function createPGliteDatabase(): Promise<Database> {
  pgliteTemplate ??= buildPGliteTemplate();
  const database = await openDatabase({ kind: "pglite", dataDir: null, loadDataDir: await pgliteTemplate });
  // A no-op when the template is current; applies what a stale template file lacks.
  await migrateToLatest(database.db);
  return database;
}

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The migrations' names and content: a template is reused only while they are unchanged. */
async function migrationsFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of (await readdir(migrationsDir)).sort()) {
    hash.update(file).update(await readFile(`${migrationsDir}/${file}`));
  }
  return hash.digest("hex").slice(0, 16);
}

let postgresTemplate: Promise<string> | null = null;

/**
 * Creates `polku_template_<fingerprint>` once per server and migration set. Concurrent test
 * processes serialise on an advisory lock; the template is built under a temporary name and
 * renamed when complete, so a clone never sees a half-migrated template. No connection stays on
 * the template (CREATE DATABASE … TEMPLATE refuses a template others are connected to).
 */
async function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  const name = `polku_template_${await migrationsFingerprint()}`;
  await onServer(serverUrl, async (client) => {
    await client.query("select pg_advisory_lock(hashtext('polku test template'))");
    try {
      const found = await client.query("select 1 from pg_database where datname = $1", [name]);
      if (found.rowCount) return;
      const building = `${name}_building`;
      await client.query(`drop database if exists ${building} with (force)`);
      await client.query(`create database ${building}`);
      const database = await openDatabase({ kind: "postgresql", url: databaseUrl(serverUrl, building) });
      try {
        await migrateToLatest(database.db);
      } finally {
        await database.close();
      }
      await client.query(`alter database ${building} rename to ${name}`);
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('polku test template'))");
    }
  });
  return name;
}

async function createPostgresDatabase(serverUrl: string): Promise<Database> {
  postgresTemplate ??= ensurePostgresTemplate(serverUrl);
  const template = await postgresTemplate;
  const name = `polku_t_${randomBytes(8).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`create database ${name} template ${template}`));
  const database = await openDatabase({ kind: "postgresql", url: databaseUrl(serverUrl, name), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await onServer(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server at
 * TEST_DATABASE_URL when POLKU_TEST_DB=postgresql, else an in-memory PGlite. close() removes it.
 */
export async function createTestDatabase(): Promise<Database> {
  // Test people get cheaply hashed passwords (auth-test-kit switches back for the auth tests).
  // Only under node:test: a benchmark that borrows this helper keeps the production cost.
  if (process.env.NODE_TEST_CONTEXT) setPasswordHashingForTests("cheap");
  if (process.env.POLKU_TEST_DB === "postgresql") {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl)
      throw new Error("POLKU_TEST_DB=postgresql needs TEST_DATABASE_URL (a server to create databases on).");
    return createPostgresDatabase(serverUrl);
  }
  return createPGliteDatabase();
}
