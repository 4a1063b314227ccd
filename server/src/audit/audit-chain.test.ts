import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openDatabase } from "../platform/db/database.ts";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";
import { type ChainVerdict, verifyAuditChain } from "./verify-audit-chain.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Runs `fn` on a transaction that is always rolled back, so tampering never outlives the test. */
async function whileTampered(t: TestApp, tamper: (trx: Trx) => Promise<unknown>): Promise<ChainVerdict> {
  let verdict: ChainVerdict | null = null;
  await inTransaction(t.database, async (trx) => {
    await tamper(trx);
    verdict = await verifyAuditChain(trx);
    throw new Error("roll back the tampering");
  }).catch((error: Error) => {
    if (error.message !== "roll back the tampering") throw error;
  });
  assert.ok(verdict);
  return verdict;
}

describe("the hash-chained audit log", () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let seqs: number[];

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    orgId = org.id;
    const person = await buildStaff(t.database, { organisationId: org.id, role: "org_admin" });
    admin = t.client();
    await admin.signIn(person.email, person.password);
    for (const name of ["Audit team one", "Audit team two", "Audit team three", "Audit team four"]) {
      const response = await admin.post(`/api/organisations/${orgId}/teams`, { name, kind: "ips_team" });
      assert.equal(response.statusCode, 201);
    }
    const rows = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("organisation_id", "=", orgId)
      .where("event_type", "=", "team.created")
      .orderBy("seq")
      .execute();
    seqs = rows.map((r) => r.seq);
    assert.equal(seqs.length, 4);
  });
  after(() => t.close());

  test("events made through the API verify", async () => {
    const verdict = await verifyAuditChain(t.database.db);
    assert.equal(verdict.ok, true);
    assert.ok(verdict.entries >= 5, "sign-in and four team creations");
  });

  test("altering one entry's details is reported as altered at that entry", async () => {
    const seq = seqs[1] as number;
    const verdict = await whileTampered(t, (trx) =>
      sql`update audit_event set details = '{"kind":"treatment_team"}'::jsonb where seq = ${seq}`.execute(
        trx,
      ),
    );
    assert.deepEqual(verdict, { ok: false, entries: seq - 1, firstBadSeq: seq, problem: "altered" });
  });

  test("changing who acted is reported as altered", async () => {
    const seq = seqs[2] as number;
    const verdict = await whileTampered(t, (trx) =>
      trx.updateTable("audit_event").set({ actor_user_id: "someone-else" }).where("seq", "=", seq).execute(),
    );
    assert.equal(verdict.ok, false);
    assert.equal(!verdict.ok && verdict.firstBadSeq, seq);
    assert.equal(!verdict.ok && verdict.problem, "altered");
  });

  test("deleting a middle entry is reported as missing at its seq", async () => {
    const seq = seqs[1] as number;
    const verdict = await whileTampered(t, (trx) =>
      trx.deleteFrom("audit_event").where("seq", "=", seq).execute(),
    );
    assert.deepEqual(verdict, { ok: false, entries: seq - 1, firstBadSeq: seq, problem: "missing" });
  });

  test("swapping two entries' contents (reordering them) is detected", async () => {
    const [x, y] = [seqs[1] as number, seqs[2] as number];
    const verdict = await whileTampered(t, async (trx) => {
      const rows = await trx
        .selectFrom("audit_event")
        .selectAll()
        .where("seq", "in", [x, y])
        .orderBy("seq")
        .execute();
      for (const [to, from] of [
        [x, rows[1]],
        [y, rows[0]],
      ] as const) {
        assert.ok(from);
        const { seq: _seq, details, ...rest } = from;
        await trx
          .updateTable("audit_event")
          .set({ ...rest, details: JSON.stringify(details) })
          .where("seq", "=", to)
          .execute();
      }
      const swapped = await trx
        .selectFrom("audit_event")
        .select(["seq", "target_id"])
        .where("seq", "in", [x, y])
        .orderBy("seq")
        .execute();
      assert.notEqual(swapped[0]?.target_id, swapped[1]?.target_id, "the swap really happened");
    });
    assert.equal(verdict.ok, false);
    assert.equal(!verdict.ok && verdict.firstBadSeq, x, "the first swapped entry is named");
  });

  test("after the rolled-back tampering the real log still verifies", async () => {
    assert.equal((await verifyAuditChain(t.database.db)).ok, true);
  });

  test("20 concurrent audited writes (and denied attempts) keep the chain valid and seq gapless", async () => {
    const coach = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    const refused = t.client();
    await refused.signIn(coach.email, coach.password);
    const responses = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        admin.post(`/api/organisations/${orgId}/teams`, { name: `Parallel team ${i}`, kind: "ips_team" }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        refused.post(`/api/organisations/${orgId}/teams`, { name: `Refused ${i}`, kind: "ips_team" }),
      ),
    ]);
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      [...Array(20).fill(201), ...Array(6).fill(403)],
    );
    const verdict = await verifyAuditChain(t.database.db);
    assert.equal(verdict.ok, true, JSON.stringify(verdict));
    const all = await t.database.db.selectFrom("audit_event").select("seq").orderBy("seq").execute();
    assert.deepEqual(
      all.map((r) => r.seq),
      all.map((_, i) => i + 1),
      "seq runs 1..n without gaps",
    );
    const created = all.length && (await countEvents(t, "team.created"));
    assert.equal(created, 24);
    assert.equal(await countEvents(t, "access.denied"), 6);
  });
});

async function countEvents(t: TestApp, eventType: string): Promise<number> {
  const rows = await t.database.db
    .selectFrom("audit_event")
    .select("seq")
    .where("event_type", "=", eventType)
    .execute();
  return rows.length;
}

type Run = { code: number | null; stdout: string; stderr: string };

function cli(dataDir: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, POLKU_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/main.ts", ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("`polku audit verify` on an embedded data directory", { timeout: 180_000 }, () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "polku-audit-cli-"));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test("exits 0 when intact and 1 naming the tampered entry", async () => {
    for (const [i, org] of ["Cli Org One", "Cli Org Two", "Cli Org Three"].entries()) {
      const created = await cli(dataDir, [
        "create-admin",
        "--email",
        `cli-admin-${i}@example.test`,
        "--name",
        `Cli Admin ${i}`,
        "--password",
        "cli-password-0123",
        "--organisation",
        org,
      ]);
      assert.equal(created.code, 0, created.stderr);
    }
    const intact = await cli(dataDir, ["audit", "verify"]);
    assert.equal(intact.code, 0, intact.stderr);
    assert.match(intact.stdout, /Audit log intact: 3 entries verified/);

    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      await sql`update audit_event set details = '{"platformAdmin":true}'::jsonb where seq = 2`.execute(
        database.db,
      );
    } finally {
      await database.close();
    }
    const broken = await cli(dataDir, ["audit", "verify"]);
    assert.equal(broken.code, 1, broken.stderr);
    assert.match(broken.stdout, /BROKEN: entry 2 was altered/);
    assert.doesNotMatch(broken.stdout, /intact/);
  });
});
