import assert from "node:assert/strict";
import { appendFileSync, existsSync, readFileSync, renameSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { buildServer } from "../composition.ts";
import { loadConfig } from "../platform/config.ts";
import { openDatabase } from "../platform/db/database.ts";
import { migrateToLatest } from "../platform/db/migrate.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { type CliRun, runCli } from "../platform/testing/run-cli.ts";
import { createTestApp, TEST_AUDIT_KEY, type TestApp, testAuditEnv } from "../platform/testing/test-app.ts";
import { TEST_PUBLIC_URL, TestClient } from "../platform/testing/test-client.ts";
import { checkpointAuditLog } from "./audit-sealer.ts";
import { readLatestCheckpoint, writeCheckpoint } from "./checkpoint.ts";
import { recordAuditEvent } from "./record-audit-event.ts";
import { readChainHead, sealAuditLog } from "./seal-audit-log.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

const KEY = Buffer.from(TEST_AUDIT_KEY, "utf8");

describe("sealing and checkpoints", () => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    t = await createTestApp();
    dir = await mkdtemp(join(tmpdir(), "polku-checkpoints-"));
  });
  after(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("20 concurrent audited writes and 6 denials are all sealed into one gapless chain", async () => {
    const org = await buildOrganisation(t.database);
    const person = await buildStaff(t.database, { organisationId: org.id, role: "org_admin" });
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach" });
    const admin = t.client();
    await admin.signIn(person.email, person.password);
    const refused = t.client();
    await refused.signIn(coach.email, coach.password);
    const responses = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        admin.post(`/api/organisations/${org.id}/teams`, { name: `Parallel team ${i}`, kind: "ips_team" }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        refused.post(`/api/organisations/${org.id}/teams`, { name: `Refused ${i}`, kind: "ips_team" }),
      ),
    ]);
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      [...Array(20).fill(201), ...Array(6).fill(403)],
    );
    await sealAuditLog(t.database, KEY);
    const all = await t.database.db.selectFrom("audit_event").select(["chain_seq", "event_type"]).execute();
    const positions = all.map((r) => r.chain_seq).sort((a, b) => (a ?? 0) - (b ?? 0));
    assert.deepEqual(
      positions,
      all.map((_, i) => i + 1),
      "every entry sealed, chain positions 1..n without gaps",
    );
    assert.equal(all.filter((r) => r.event_type === "team.created").length, 20);
    assert.equal(all.filter((r) => r.event_type === "access.denied").length, 6);
    assert.deepEqual(await verifyAuditChain(t.database.db, KEY, null), { ok: true, entries: all.length });
  });

  test("sealers racing each other and the writers never fork the chain or skip an entry", async () => {
    const writes = Array.from({ length: 60 }, () =>
      inTransaction(t.database, (trx) =>
        recordAuditEvent(trx, { eventType: "team.listed", actorUserId: null }),
      ),
    );
    const seals = Array.from({ length: 6 }, () => sealAuditLog(t.database, KEY));
    await Promise.all([...writes, ...seals]);
    await sealAuditLog(t.database, KEY);
    const all = await t.database.db
      .selectFrom("audit_event")
      .select("chain_seq")
      .orderBy("chain_seq")
      .execute();
    assert.deepEqual(
      all.map((r) => r.chain_seq),
      all.map((_, i) => i + 1),
    );
    assert.deepEqual(await verifyAuditChain(t.database.db, KEY, null), { ok: true, entries: all.length });
  });

  test("a checkpoint anchors the head; lines without a valid signature are counted, never trusted", async () => {
    const written = await checkpointAuditLog(t.database, { key: KEY, checkpointDir: dir });
    const head = await readChainHead(t.database.db);
    assert.equal(written.chainSeq, head?.chainSeq);
    const forged = { ...written, chainSeq: 1, mac: "00".repeat(32) };
    appendFileSync(join(dir, "checkpoints.jsonl"), `${JSON.stringify(forged)}\nnot json\n`);
    assert.deepEqual(readLatestCheckpoint(dir, KEY), { latest: written, forged: 2 });
    assert.deepEqual(readLatestCheckpoint(dir, Buffer.from("y".repeat(40))), { latest: null, forged: 3 });
    writeCheckpoint(dir, KEY, { ...written, chainSeq: written.chainSeq - 1 });
    assert.equal(readLatestCheckpoint(dir, KEY).latest?.chainSeq, written.chainSeq, "the furthest one wins");
  });

  test("closing the server seals and writes a checkpoint at the head", async () => {
    const checkpointDir = join(dir, "server");
    const config = loadConfig({
      ...testAuditEnv(checkpointDir),
      POLKU_PUBLIC_URL: TEST_PUBLIC_URL,
      LOG_LEVEL: "silent",
    });
    const app = await buildServer({ config, database: t.database, webRoot: null, logger: false });
    const person = await buildStaff(t.database, { platformAdmin: true });
    await new TestClient(app).signIn(person.email, person.password);
    await app.close();
    const unsealed = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("chain_seq", "is", null)
      .execute();
    assert.deepEqual(unsealed, [], "nothing left unsealed after close");
    const head = await readChainHead(t.database.db);
    assert.equal(readLatestCheckpoint(checkpointDir, KEY).latest?.chainSeq, head?.chainSeq);
  });
});

/** The CLI on an embedded data directory, with no audit key in its environment (as an operator). */
function cli(dataDir: string, args: string[]): Promise<CliRun> {
  return runCli(args, {
    POLKU_DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    POLKU_AUDIT_KEY: undefined,
    POLKU_AUDIT_KEY_FILE: undefined,
    POLKU_AUDIT_CHECKPOINT_DIR: undefined,
  });
}

async function tamper(dataDir: string, statement: string): Promise<void> {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    await sql.raw(statement).execute(database.db);
  } finally {
    await database.close();
  }
}

// Under the harness's 120 s per file, so a slow machine fails here, named, not as a cancelled file.
describe("`polku audit verify` on an embedded data directory", { timeout: 100_000 }, () => {
  let parent: string;
  let dataDir: string;
  before(async () => {
    parent = await mkdtemp(join(tmpdir(), "polku-audit-cli-"));
    dataDir = join(parent, "data");
  });
  after(() => rm(parent, { recursive: true, force: true }));

  test("keeps its key beside the data directory, exits 1 on an altered entry and on truncation", async () => {
    // Three entries written as a server would (unsealed); `create-admin` through the CLI is
    // covered elsewhere, and each spawned CLI costs seconds on a busy machine.
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      await migrateToLatest(database.db);
      for (let i = 0; i < 3; i++)
        await inTransaction(database, (trx) =>
          recordAuditEvent(trx, { eventType: "team.listed", actorUserId: null }),
        );
    } finally {
      await database.close();
    }
    const intact = await cli(dataDir, ["audit", "verify"]);
    assert.equal(intact.code, 0, intact.stderr);
    assert.match(intact.stdout, /Audit log intact: 3 entries verified/);
    assert.match(readFileSync(`${dataDir}.audit-key`, "utf8"), /^[0-9a-f]{64}\n$/);
    assert.match(
      readFileSync(join(`${dataDir}.audit-checkpoints`, "checkpoints.jsonl"), "utf8"),
      /"chainSeq":3/,
    );

    await tamper(dataDir, "delete from audit_event where chain_seq = 3");
    const truncated = await cli(dataDir, ["audit", "verify"]);
    assert.equal(truncated.code, 1, truncated.stderr);
    assert.match(truncated.stdout, /BROKEN: entry 3 is missing: the log was truncated/);

    await tamper(
      dataDir,
      `update audit_event set details = '{"platformAdmin":true}'::jsonb where chain_seq = 2`,
    );
    const altered = await cli(dataDir, ["audit", "verify"]);
    assert.equal(altered.code, 1, altered.stderr);
    assert.match(altered.stdout, /BROKEN: entry 2 was altered/);
    assert.doesNotMatch(altered.stdout, /intact/);

    // After a restore into another directory without the key file, no new key is made.
    renameSync(`${dataDir}.audit-key`, join(parent, "kept-key"));
    const keyless = await cli(dataDir, ["audit", "verify"]);
    assert.equal(keyless.code, 1);
    assert.match(keyless.stderr, /sealed with a key that is not at .*Restore that key file/);
    assert.equal(existsSync(`${dataDir}.audit-key`), false);
  });
});
