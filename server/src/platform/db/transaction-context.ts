import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Remembers, per async context, which embedded-database lock the current transaction holds, so
 * that using `db` instead of `trx` inside it fails at once instead of deadlocking.
 */
const holder = new AsyncLocalStorage<object>();

export function runHoldingLock<T>(lock: object, fn: () => Promise<T>): Promise<T> {
  return holder.run(lock, fn);
}

export function insideTransactionOf(lock: object): boolean {
  return holder.getStore() === lock;
}
