import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase } from "../testing/test-database.ts";
import type { Database } from "./database.ts";
import { inTransaction } from "./transaction.ts";

/**
 * STACK.md pitfall 1: PGlite is one session. A query issued outside a transaction while another
 * request's transaction is open must not run inside it (and be rolled back with it). The same
 * must hold on the PostgreSQL server, where the pool isolates sessions.
 */
const key = (label: string) => `lock-test-${label}-${randomBytes(4).toString("hex")}`;

async function keysPresent(database: Database, keys: string[]): Promise<string[]> {
  const rows = await database.db.selectFrom("app_setting").select("key").where("key", "in", keys).execute();
  return rows.map((r) => r.key).sort();
}

/** A deferred signal: `wait` resolves once `fire` is called. */
function signal() {
  let fire!: () => void;
  const wait = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { fire, wait };
}

describe(`database access under concurrency (${process.env.POLKU_TEST_DB ?? "pglite"})`, () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  test("a failing transaction rolls back only its own row, not a concurrent insert outside it", async () => {
    const a = key("a");
    const b = key("b");
    const inserted = signal();
    const transactionA = inTransaction(database, async (trx) => {
      await trx.insertInto("app_setting").values({ key: a, value: "A" }).execute();
      inserted.fire();
      await sleep(50);
      throw new Error("A fails after its insert");
    });
    await inserted.wait; // A's transaction is open and holds its row
    const insertB = database.db.insertInto("app_setting").values({ key: b, value: "B" }).execute();
    await assert.rejects(transactionA, /A fails after its insert/);
    await insertB;
    assert.deepEqual(await keysPresent(database, [a, b]), [b], "only B's row remains");
  });

  test("a concurrent transaction of its own also keeps its row when another one fails", async () => {
    const a = key("a");
    const b = key("b");
    const inserted = signal();
    const transactionA = inTransaction(database, async (trx) => {
      await trx.insertInto("app_setting").values({ key: a, value: "A" }).execute();
      inserted.fire();
      await sleep(50);
      throw new Error("A fails");
    });
    await inserted.wait;
    const transactionB = inTransaction(database, (trx) =>
      trx.insertInto("app_setting").values({ key: b, value: "B" }).execute(),
    );
    await assert.rejects(transactionA, /A fails/);
    await transactionB;
    assert.deepEqual(await keysPresent(database, [a, b]), [b]);
  });

  test("many interleaved transactions: exactly the committed ones remain", async () => {
    const keys = Array.from({ length: 12 }, (_, i) => key(`many-${i}`));
    const results = await Promise.allSettled(
      keys.map((k, i) =>
        inTransaction(database, async (trx) => {
          await trx
            .insertInto("app_setting")
            .values({ key: k, value: String(i) })
            .execute();
          await sleep(i % 3);
          if (i % 2 === 1) throw new Error(`odd ${i} fails`);
        }),
      ),
    );
    assert.equal(results.filter((r) => r.status === "rejected").length, 6);
    const committed = keys.filter((_, i) => i % 2 === 0).sort();
    assert.deepEqual(await keysPresent(database, keys), committed);
  });

  test("using `db` instead of `trx` inside a transaction fails fast with a clear message", {
    skip:
      process.env.POLKU_TEST_DB === "postgresql"
        ? "PGlite only: on PostgreSQL `db` takes another pooled connection and does not deadlock"
        : false,
  }, async () => {
    const k = key("guard");
    const started = Date.now();
    await assert.rejects(
      inTransaction(database, async (trx) => {
        await trx.insertInto("app_setting").values({ key: k, value: "inside" }).execute();
        await database.db.selectFrom("app_setting").select("key").limit(1).execute();
      }),
      (error: Error) => {
        assert.match(error.message, /Use the transaction handle `trx`, not `db`, inside a transaction/);
        return true;
      },
    );
    assert.ok(Date.now() - started < 2000, "failed at once instead of waiting for the lock timeout");
    assert.deepEqual(await keysPresent(database, [k]), [], "the transaction was rolled back");
    // The one session is free again: ordinary queries and transactions still work.
    await inTransaction(database, (trx) =>
      trx.insertInto("app_setting").values({ key: k, value: "ok" }).execute(),
    );
    assert.deepEqual(await keysPresent(database, [k]), [k]);
  });
});
