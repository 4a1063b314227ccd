import { snoozeTodoOn } from "../../../core/contracts/todo.ts";
import { fieldProblems } from "../../../core/errors/field-problems.ts";
import type { Actor } from "../access/actor.ts";
import { deny } from "../access/deny.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import { todosOf } from "./todos-of.ts";

export type SnoozeTodoOptions = { key: string; until: string };

/**
 * Hides one item of the coach's own list until a day (it is back on that day). The item must be
 * on the caller's list now: a key of anyone else's caseload, or of nothing, is not found.
 */
export async function snoozeTodo(
  database: Database,
  actor: Actor,
  options: SnoozeTodoOptions,
  today: string,
): Promise<{ key: string; until: string }> {
  const judged = snoozeTodoOn(today).safeParse(options);
  if (!judged.success) throw invalid(fieldProblems(judged.error.issues));
  return inTransaction(database, async (trx) => {
    const { clients, items } = await todosOf(trx, actor, today);
    const item = items.find((i) => i.key === options.key);
    if (!item) throw deny("not_found", { action: "todo.snooze" });
    await trx
      .insertInto("todo_snooze")
      .values({ user_id: actor.userId, item_key: item.key, until: options.until })
      .onConflict((oc) => oc.columns(["user_id", "item_key"]).doUpdateSet({ until: options.until }))
      .execute();
    const client = clients.find((c) => c.id === item.clientId);
    await recordAuditEvent(trx, {
      eventType: "todo.snoozed",
      actorUserId: actor.userId,
      organisationId: client?.organisationId ?? null,
      targetType: client ? "client" : null,
      targetId: client?.id ?? null,
      details: { key: item.key, until: options.until },
    });
    return { key: item.key, until: options.until };
  });
}
