import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";

// One migrated PGlite data dir per process; each test database is a copy (STACK.md pitfall 4).
let template: Promise<string> | null = null;
let workDir: Promise<string> | null = null;

function temporaryRoot(): Promise<string> {
  workDir ??= mkdtemp(join(tmpdir(), "polku-test-db-")).then((dir) => {
    // Leftovers of a test that forgot close(), or of the template, go when the process ends.
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  });
  return workDir;
}

async function buildTemplate(): Promise<string> {
  const dir = join(await temporaryRoot(), "template");
  const database = await openDatabase({ kind: "pglite", dataDir: dir });
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
  return dir;
}

async function createPGliteDatabase(): Promise<Database> {
  template ??= buildTemplate();
  const source = await template;
  const dir = join(await temporaryRoot(), `db-${randomBytes(6).toString("hex")}`);
  await cp(source, dir, { recursive: true });
  const database = await openDatabase({ kind: "pglite", dataDir: dir });
  return {
    ...database,
    async close() {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
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

async function createPostgresDatabase(serverUrl: string): Promise<Database> {
  const name = `polku_t_${randomBytes(8).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    await onServer(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    throw error;
  }
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
 * TEST_DATABASE_URL when POLKU_TEST_DB=postgresql, else an embedded PGlite. close() removes it.
 */
export async function createTestDatabase(): Promise<Database> {
  if (process.env.POLKU_TEST_DB === "postgresql") {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl)
      throw new Error("POLKU_TEST_DB=postgresql needs TEST_DATABASE_URL (a server to create databases on).");
    return createPostgresDatabase(serverUrl);
  }
  return createPGliteDatabase();
}
