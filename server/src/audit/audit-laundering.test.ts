import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { inTransaction } from "../platform/db/transaction.ts";
import { createTestApp, TEST_AUDIT_KEY, type TestApp } from "../platform/testing/test-app.ts";
import { AuditAnchorBroken, checkpointAuditLog } from "./audit-sealer.ts";
import { readLatestCheckpoint } from "./checkpoint.ts";
import { recordAuditEvent } from "./record-audit-event.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

const KEY = Buffer.from(TEST_AUDIT_KEY, "utf8");

/**
 * Someone who can write to the database but holds no key un-seals anchored entries (or moves the
 * keyed boundary) so that the server's own sealer re-chains them. The next periodic checkpoint
 * must refuse to sign that head, and verify must keep reporting it (found in review, issue 8).
 */
describe("a re-chained log is never anchored by a new checkpoint", () => {
  let t: TestApp;
  let dir: string;
  const anchoring = () => ({ key: KEY, checkpointDir: dir });
  const verify = () => verifyAuditChain(t.database.db, KEY, readLatestCheckpoint(dir, KEY).latest);

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  async function freshLog() {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), "polku-laundering-"));
    for (let i = 0; i < 5; i++)
      await inTransaction(t.database, (trx) =>
        recordAuditEvent(trx, { eventType: "team.listed", actorUserId: null }),
      );
    const first = await checkpointAuditLog(t.database, anchoring());
    assert.ok(first.chainSeq >= 5);
    return first;
  }

  test("un-sealing and altering an anchored entry: the checkpoint refuses, verify reports it", async () => {
    const first = await freshLog();
    const victim = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("chain_seq", "=", 2)
      .executeTakeFirstOrThrow();
    await sql`update audit_event set chain_seq = null, prev_hash = null, hash = null where chain_seq >= 2`.execute(
      t.database.db,
    );
    await sql`update audit_event set event_type = 'team.created' where seq = ${victim.seq}`.execute(
      t.database.db,
    );
    await assert.rejects(checkpointAuditLog(t.database, anchoring()), AuditAnchorBroken);
    assert.equal(readLatestCheckpoint(dir, KEY).latest?.chainSeq, first.chainSeq, "no new checkpoint");
    const verdict = await verify();
    assert.equal(verdict.ok, false);
  });

  test("moving the keyed boundary: the checkpoint refuses, verify reports a recomputed chain", async () => {
    await freshLog();
    await sql`update audit_chain set keyed_from = 1000000000`.execute(t.database.db);
    await sql`update audit_event set chain_seq = null, prev_hash = null, hash = null`.execute(t.database.db);
    await assert.rejects(checkpointAuditLog(t.database, anchoring()), AuditAnchorBroken);
    const verdict = await verify();
    assert.equal(verdict.ok, false);
    assert.equal(verdict.ok === false && verdict.problem, "recomputed");
  });
});
