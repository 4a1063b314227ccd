import type { AuditEntry } from "../audit/event-types.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

/**
 * Writes authentication audit entries in one transaction of their own. better-auth has already
 * committed its own writes (session, two-factor row, password) through its adapter, outside any
 * transaction of ours, so the entry follows right after them (docs/adr/0003-authentication.md).
 * A failure propagates, so the request fails instead of succeeding unaudited.
 */
export async function recordAuthEvents(database: Database, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await inTransaction(database, async (trx) => {
    for (const entry of entries) await recordAuditEvent(trx, entry);
  });
}

/** The id of the person with this email, or null: for auditing failures without logging the email. */
export async function findUserIdByEmail(database: Database, email: unknown): Promise<string | null> {
  if (typeof email !== "string") return null;
  const row = await database.db
    .selectFrom("user")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}
