import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { activityBody, buildJourney } from "../activities/activity-test-setup.ts";
import { sealAuditLog } from "../audit/seal-audit-log.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import { type BackupSocket, serveBackups } from "../platform/backup/backup-socket.ts";
import { loadConfig } from "../platform/config.ts";
import { claimDataDir } from "../platform/data-dir-lock.ts";
import { type Database, openDatabase } from "../platform/db/database.ts";
import { migrateToLatest } from "../platform/db/migrate.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { type CliRun, runCli } from "../platform/testing/run-cli.ts";
import { createTestApp, TEST_AUDIT_KEY, type TestApp, testAuditEnv } from "../platform/testing/test-app.ts";
import { backup } from "./backup.ts";
import { restore } from "./restore.ts";

type Run = CliRun;

/** `npm run polku -- <args>` as an operator would run it, on an embedded data directory. */
function polku(args: string[], env: Record<string, string>): Promise<Run> {
  return runCli(args, { DATABASE_URL: undefined, ...env });
}

/** Runs a command in this process as with the given environment; returns its exit code and output. */
async function inProcess(command: typeof backup, file: string, env: Record<string, string>): Promise<Run> {
  const run = { code: null as number | null, stdout: "", stderr: "" };
  run.code = await command(loadConfig(env), file, {
    out: (text) => {
      run.stdout += text;
    },
    err: (text) => {
      run.stderr += text;
    },
  });
  return run;
}

type Snapshot = {
  tables: Record<string, string[]>;
  head: { chain_seq: number | null; hash: string | null } | undefined;
};
const auditKey = Buffer.from(TEST_AUDIT_KEY);

/** Every row of every table (as JSON, in a stable order) and the audit chain's newest entry. */
async function snapshot(database: Database): Promise<Snapshot> {
  const names = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(database.db);
  const tables: Record<string, string[]> = {};
  for (const { name } of names.rows) {
    const rows = await sql<{ row: string }>`
      select to_jsonb(t)::text as row from ${sql.table(name)} t order by 1`.execute(database.db);
    tables[name] = rows.rows.map((r) => r.row);
  }
  const head = await database.db
    .selectFrom("audit_event")
    .select(["chain_seq", "hash"])
    .where("chain_seq", "is not", null)
    .orderBy("chain_seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return { tables, head };
}

// Backup and restore are of the embedded database only (PostgreSQL has pg_dump), and these tests
// open their own PGlite whatever POLKU_TEST_DB says: running them again in the PostgreSQL pass
// would repeat the same work.
const onPostgres = process.env.POLKU_TEST_DB === "postgresql";

describe("`polku backup` and `polku restore` of the embedded database", {
  timeout: 600_000,
  skip: onPostgres && "embedded database only: runs in the PGlite pass",
}, () => {
  let dir: string;
  let dataDir: string;
  let database: Database;
  let t: TestApp;
  let socket: BackupSocket;
  let releaseDataDir: () => void;
  let before_: Snapshot;
  let running = false;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "polku-backup-"));
    dataDir = join(dir, "data");
    // What `npm start` does: claim the directory, open it, migrate, serve the API and backups.
    releaseDataDir = claimDataDir(dataDir);
    database = await openDatabase({ kind: "pglite", dataDir });
    await migrateToLatest(database.db);
    t = await createTestApp(database);
    const journey = await buildJourney(t, { firstName: "Aino", lastName: "Backup" });
    for (const notes of ["First visit.", "Second visit.", "Third visit."]) {
      const response = await journey.coach.post(
        `/api/clients/${journey.clientId}/activities`,
        activityBody({ notes }),
      );
      assert.equal(response.statusCode, 201, response.body);
    }
    await buildClientWithConsent(database, {
      organisationId: journey.orgId,
      ipsTeamId: journey.ipsTeamId,
      coachUserId: journey.coachId,
    });
    socket = await serveBackups(database, dataDir);
    running = true;
    // The server seals committed entries every few seconds; seal now so the snapshot is final.
    await sealAuditLog(database, auditKey);
    // Likewise the outcome refresher (issue 9): drain its queue so no summary is written after.
    await refreshOutcomeSummaries(database);
    before_ = await snapshot(database);
  });

  async function stopServer() {
    if (!running) return;
    running = false;
    await socket.close();
    await t.close();
    await database.close();
    releaseDataDir();
  }

  after(async () => {
    await stopServer();
    await rm(dir, { recursive: true, force: true });
  });

  test("the populated database has rows in the tables the round trip compares", () => {
    const filled = Object.entries(before_.tables).filter(([, rows]) => rows.length > 0);
    assert.ok(Object.keys(before_.tables).length >= 15, Object.keys(before_.tables).join(", "));
    for (const table of ["organisation", "user", "client", "activity", "audit_event", "session"]) {
      assert.ok(
        filled.some(([name]) => name === table),
        `${table} has rows`,
      );
    }
    assert.ok((before_.head?.chain_seq ?? 0) >= 5, "audited events were written and sealed");
  });

  test("a backup taken while the server runs restores to identical rows and audit chain head", async () => {
    const file = join(dir, "running.polku-backup");
    const backedUp = await polku(["backup", file], { POLKU_DATA_DIR: dataDir });
    assert.equal(backedUp.code, 0, backedUp.stderr);
    assert.match(backedUp.stdout, /written to/);
    assert.equal(statSync(file).mode & 0o777, 0o600, "the backup holds personal data: owner only");

    const target = join(dir, "restored");
    const keyless = await polku(["restore", file], { POLKU_DATA_DIR: join(dir, "keyless") });
    assert.equal(keyless.code, 1, "without the audit key the restored log cannot be checked");
    assert.match(keyless.stderr, /audit key file/);
    // The operator brings the installation's audit key, as docs/operations.md says.
    const restored = await polku(["restore", file], {
      POLKU_DATA_DIR: target,
      POLKU_AUDIT_KEY: TEST_AUDIT_KEY,
    });
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /Audit log intact: \d+ entries verified/);
    assert.ok(!readdirSync(target).includes("polku.lock"), "the restore left no lock behind");

    const copy = await openDatabase({ kind: "pglite", dataDir: target });
    try {
      const after_ = await snapshot(copy);
      assert.deepEqual(Object.keys(after_.tables), Object.keys(before_.tables));
      for (const [name, rows] of Object.entries(before_.tables)) {
        assert.deepEqual(after_.tables[name], rows, `table ${name}`);
      }
      assert.deepEqual(after_.head, before_.head);
      const verdict = await verifyAuditChain(copy.db, auditKey, null);
      assert.equal(verdict.ok, true, JSON.stringify(verdict));
      assert.equal(verdict.entries, before_.head?.chain_seq);
    } finally {
      await copy.close();
    }
  });

  test("restore refuses a data directory that is not empty, and leaves it alone", async () => {
    const file = join(dir, "any.polku-backup");
    writeFileSync(file, "not read");
    const occupied = join(dir, "occupied");
    mkdirSync(occupied);
    writeFileSync(join(occupied, "keep.txt"), "mine");
    const refused = await inProcess(restore, file, { POLKU_DATA_DIR: occupied });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Refusing to restore: .*occupied.* is not empty/);
    assert.deepEqual(readdirSync(occupied), ["keep.txt"]);
    assert.equal(readFileSync(join(occupied, "keep.txt"), "utf8"), "mine");
  });

  test("with no server running, the CLI claims the directory and backs it up itself", async () => {
    await stopServer();
    const file = join(dir, "stopped.polku-backup");
    const backedUp = await inProcess(backup, file, { POLKU_DATA_DIR: dataDir });
    assert.equal(backedUp.code, 0, backedUp.stderr);
    assert.ok(!readdirSync(dataDir).includes("polku.lock"), "the CLI released the directory");
    const again = await inProcess(backup, file, { POLKU_DATA_DIR: dataDir });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/, "a backup never overwrites a file");
    const interrupted = join(dir, "interrupted.polku-backup");
    writeFileSync(`${interrupted}.partial`, "half");
    const leftover = await inProcess(backup, interrupted, { POLKU_DATA_DIR: dataDir });
    assert.equal(leftover.code, 1);
    assert.match(leftover.stderr, /left from an interrupted backup/);

    const copy = await openDatabase({
      kind: "pglite",
      dataDir: null,
      loadDataDir: new Blob([readFileSync(file)]),
    });
    try {
      const after_ = await snapshot(copy);
      assert.deepEqual(after_.tables, before_.tables);
      assert.deepEqual(after_.head, before_.head);
      assert.equal((await verifyAuditChain(copy.db, auditKey, null)).ok, true);
    } finally {
      await copy.close();
    }
  });

  test("on PostgreSQL both commands print the pg_dump / pg_restore commands instead", async () => {
    for (const command of [backup, restore]) {
      const run = await inProcess(command, join(dir, "unused"), {
        DATABASE_URL: "postgres://polku@127.0.0.1:1/polku",
        // Configured as the servers are: on PostgreSQL the audit key is required (ADR 0009).
        ...testAuditEnv(join(dir, "checkpoints")),
      });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stdout, /pg_dump --format=custom --no-owner --file=polku\.dump "\$DATABASE_URL"/);
      assert.match(run.stdout, /pg_restore --no-owner --exit-on-error --dbname=polku_restored polku\.dump/);
    }
  });
});
