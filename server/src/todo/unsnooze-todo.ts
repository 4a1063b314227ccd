import type { Actor } from "../access/actor.ts";
import { deny } from "../access/deny.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

/** Brings a snoozed item of the caller's own list back now. Only the caller's snoozes are found. */
export async function unsnoozeTodo(database: Database, actor: Actor, key: string): Promise<void> {
  await inTransaction(database, async (trx) => {
    const removed = await trx
      .deleteFrom("todo_snooze")
      .where("user_id", "=", actor.userId)
      .where("item_key", "=", key)
      .returning("item_key")
      .executeTakeFirst();
    if (!removed) throw deny("not_found", { action: "todo.unsnooze" });
    await recordAuditEvent(trx, { eventType: "todo.unsnoozed", actorUserId: actor.userId, details: { key } });
  });
}
