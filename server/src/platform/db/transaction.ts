import type { Kysely, Transaction } from "kysely";
import type { Database } from "./database.ts";
import type { DB } from "./schema.ts";
import { runHoldingLock } from "./transaction-context.ts";

export type Trx = Transaction<DB>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<DB> | Trx;

/**
 * Runs `fn` in one transaction. Every use case that changes or reads client data goes through
 * here, so the audit entry is written in the same transaction as the work it records.
 */
export function inTransaction<T>(database: Database, fn: (trx: Trx) => Promise<T>): Promise<T> {
  const { lock } = database;
  return database.db.transaction().execute((trx) => (lock ? runHoldingLock(lock, () => fn(trx)) : fn(trx)));
}
