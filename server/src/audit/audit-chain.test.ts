import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from "../platform/testing/test-app.ts";
import { chainHash, GENESIS_HASH } from "./chain.ts";
import type { Checkpoint } from "./checkpoint.ts";
import { recordAuditEvent } from "./record-audit-event.ts";
import { chainedFields, readChainHead, sealAuditLog } from "./seal-audit-log.ts";
import { type ChainVerdict, verifyAuditChain } from "./verify-audit-chain.ts";

const KEY = Buffer.from(TEST_AUDIT_KEY, "utf8");

/** Runs `fn` on a transaction that is always rolled back, so tampering never outlives the test. */
async function whileTampered(
  t: TestApp,
  checkpoint: Checkpoint,
  tamper: (trx: Trx) => Promise<unknown>,
): Promise<ChainVerdict> {
  let verdict: ChainVerdict | null = null;
  await inTransaction(t.database, async (trx) => {
    await tamper(trx);
    verdict = await verifyAuditChain(trx, KEY, checkpoint);
    throw new Error("roll back the tampering");
  }).catch((error: Error) => {
    if (error.message !== "roll back the tampering") throw error;
  });
  assert.ok(verdict);
  return verdict;
}

/** What someone with write access to the database but without the key can do: plain sha256. */
function recomputeWithoutKey(trx: Trx, fromChainSeq: number): Promise<void> {
  return recompute(trx, fromChainSeq, () => null);
}

/** Rewrites the chain from a position, with the key (or none) that `keyAt` gives each position. */
async function recompute(trx: Trx, fromChainSeq: number, keyAt: (chainSeq: number) => Buffer | null) {
  const before = await trx
    .selectFrom("audit_event")
    .select("hash")
    .where("chain_seq", "=", fromChainSeq - 1)
    .executeTakeFirst();
  let prevHash = before?.hash ?? GENESIS_HASH;
  const rows = await trx
    .selectFrom("audit_event")
    .selectAll()
    .where("chain_seq", ">=", fromChainSeq)
    .orderBy("chain_seq")
    .execute();
  for (const row of rows) {
    const hash = chainHash(
      keyAt(row.chain_seq as number),
      prevHash,
      chainedFields(row, row.chain_seq as number),
    );
    await trx
      .updateTable("audit_event")
      .set({ prev_hash: prevHash, hash })
      .where("seq", "=", row.seq)
      .execute();
    prevHash = hash;
  }
}

/** Moves the entry at chain position `a` to `b` and back the other way (content and hashes). */
async function swap(trx: Trx, a: number, b: number): Promise<void> {
  await sql`update audit_event set chain_seq = -1 where chain_seq = ${a}`.execute(trx);
  await sql`update audit_event set chain_seq = ${a} where chain_seq = ${b}`.execute(trx);
  await sql`update audit_event set chain_seq = ${b} where chain_seq = -1`.execute(trx);
}

type TamperCase = {
  name: string;
  tamper: (trx: Trx, n: number) => Promise<unknown>;
  expect: (n: number) => { firstBadSeq: number; problem: string };
};

const M = 40;
const cases: TamperCase[] = [
  {
    name: "altered",
    tamper: (trx) =>
      sql`update audit_event set details = '{"kind":"other"}'::jsonb where chain_seq = ${M}`.execute(trx),
    expect: () => ({ firstBadSeq: M, problem: "altered" }),
  },
  {
    name: "deleted in the middle",
    tamper: (trx) => sql`delete from audit_event where chain_seq = ${M}`.execute(trx),
    expect: () => ({ firstBadSeq: M, problem: "missing" }),
  },
  {
    name: "deleted oldest",
    tamper: (trx) => sql`delete from audit_event where chain_seq = 1`.execute(trx),
    expect: () => ({ firstBadSeq: 1, problem: "missing" }),
  },
  {
    name: "deleted newest one",
    tamper: (trx, n) => sql`delete from audit_event where chain_seq = ${n}`.execute(trx),
    expect: (n) => ({ firstBadSeq: n, problem: "truncated" }),
  },
  {
    name: "deleted newest 100",
    tamper: (trx, n) => sql`delete from audit_event where chain_seq > ${n - 100}`.execute(trx),
    expect: (n) => ({ firstBadSeq: n - 99, problem: "truncated" }),
  },
  {
    name: "deleted all",
    tamper: (trx) => sql`delete from audit_event`.execute(trx),
    expect: () => ({ firstBadSeq: 1, problem: "truncated" }),
  },
  {
    name: "swapped near",
    tamper: (trx) => swap(trx, M, M + 1),
    expect: () => ({ firstBadSeq: M, problem: "reordered" }),
  },
  {
    name: "swapped far",
    tamper: (trx) => swap(trx, M, M + 60),
    expect: () => ({ firstBadSeq: M, problem: "reordered" }),
  },
  {
    name: "altered and recomputed without the key",
    tamper: async (trx) => {
      await sql`update audit_event set actor_user_id = 'someone-else' where chain_seq = ${M}`.execute(trx);
      await recomputeWithoutKey(trx, M);
    },
    expect: () => ({ firstBadSeq: M, problem: "recomputed" }),
  },
  {
    name: "deleted, renumbered and recomputed without the key",
    tamper: async (trx) => {
      await sql`delete from audit_event where chain_seq = ${M}`.execute(trx);
      await sql`update audit_event set chain_seq = -(chain_seq - 1) where chain_seq > ${M}`.execute(trx);
      await sql`update audit_event set chain_seq = -chain_seq where chain_seq < 0`.execute(trx);
      await recomputeWithoutKey(trx, M);
    },
    expect: () => ({ firstBadSeq: M, problem: "recomputed" }),
  },
  {
    // The downgrade: declare every entry older than the key, then rebuild it all as plain sha256.
    name: "keyed boundary moved and the whole chain recomputed without the key",
    tamper: async (trx, n) => {
      await trx
        .updateTable("audit_chain")
        .set({ keyed_from: n + 1 })
        .execute();
      await recomputeWithoutKey(trx, 1);
    },
    expect: () => ({ firstBadSeq: 1, problem: "recomputed" }),
  },
];

describe("the keyed, anchored audit log", () => {
  let t: TestApp;
  let checkpoint: Checkpoint;
  let ran = 0;

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const person = await buildStaff(t.database, { organisationId: org.id, role: "org_admin" });
    const admin = t.client();
    await admin.signIn(person.email, person.password);
    const team = await admin.post(`/api/organisations/${org.id}/teams`, {
      name: "Audit team",
      kind: "ips_team",
    });
    assert.equal(team.statusCode, 201);
    for (let i = 0; i < 150; i++) {
      await inTransaction(t.database, (trx) =>
        recordAuditEvent(trx, { eventType: "team.listed", actorUserId: person.id, organisationId: org.id }),
      );
    }
    await sealAuditLog(t.database, KEY);
    const head = await readChainHead(t.database.db);
    assert.ok(head && head.chainSeq >= 152, "sign-in, team creation and 150 listings are sealed");
    checkpoint = { chainSeq: head.chainSeq, hash: head.hash, keyedFrom: 1, at: new Date().toISOString() };
  });
  after(() => t.close());

  test("the untouched log verifies against its checkpoint", async () => {
    const verdict = await verifyAuditChain(t.database.db, KEY, checkpoint);
    assert.deepEqual(verdict, { ok: true, entries: checkpoint.chainSeq });
  });

  test("with another key every keyed entry fails, starting at the first", async () => {
    const verdict = await verifyAuditChain(t.database.db, Buffer.from("x".repeat(40)), checkpoint);
    assert.deepEqual(verdict, { ok: false, entries: 0, firstBadSeq: 1, problem: "altered" });
  });

  for (const c of cases) {
    test(`tampering is detected: ${c.name}`, async () => {
      const n = checkpoint.chainSeq;
      const verdict = await whileTampered(t, checkpoint, (trx) => c.tamper(trx, n));
      assert.equal(verdict.ok, false, c.name);
      assert.deepEqual(
        { firstBadSeq: !verdict.ok && verdict.firstBadSeq, problem: !verdict.ok && verdict.problem },
        c.expect(n),
        c.name,
      );
      ran++;
    });
  }

  test("entries from before the key (plain sha256) stay verifiable, and the key protects them too", async () => {
    const n = checkpoint.chainSeq;
    const legacy = { ...checkpoint, keyedFrom: 51 };
    // A log migrated with 50 entries: sha256 below position 51, the key from there on.
    const asMigrated = (trx: Trx) =>
      trx
        .updateTable("audit_chain")
        .set({ keyed_from: 51 })
        .execute()
        .then(() => recompute(trx, 1, (pos) => (pos >= 51 ? KEY : null)));
    const head = async (trx: Trx) => (await readChainHead(trx))?.hash ?? "";
    let migratedHead = "";
    const intact = await whileTampered(t, legacy, async (trx) => {
      await asMigrated(trx);
      migratedHead = await head(trx);
    });
    assert.deepEqual(intact, { ok: false, entries: n - 1, firstBadSeq: n, problem: "recomputed" });
    const anchored = { ...legacy, hash: migratedHead };
    assert.deepEqual(await whileTampered(t, anchored, asMigrated), { ok: true, entries: n });
    const alteredOld = await whileTampered(t, anchored, async (trx) => {
      await asMigrated(trx);
      await sql`update audit_event set details = '{"kind":"other"}'::jsonb where chain_seq = 20`.execute(trx);
      await recomputeWithoutKey(trx, 20);
    });
    assert.equal(alteredOld.ok, false);
    assert.equal(!alteredOld.ok && alteredOld.firstBadSeq, 51, "the first keyed entry no longer links");
  });

  test("all 11 tamper cases ran, and the real log still verifies after them", async () => {
    assert.equal(cases.length, 11);
    assert.equal(ran, 11);
    assert.equal((await verifyAuditChain(t.database.db, KEY, checkpoint)).ok, true);
  });
});
