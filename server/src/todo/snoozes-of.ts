import type { TodoSnooze } from "../../../core/todo/snooze.ts";
import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";

/** The actor's snoozes still in force on `today` (the primary key's user_id prefix). */
export async function snoozesOf(trx: Executor, actor: Actor, today: string): Promise<TodoSnooze[]> {
  const rows = await trx
    .selectFrom("todo_snooze")
    .select(["item_key", "until"])
    .where("user_id", "=", actor.userId)
    .where("until", ">", today)
    .execute();
  return rows.map((r) => ({ key: r.item_key, until: r.until }));
}
