import type { z } from "zod";
import { maxTodoWindowDays, type todoDue, type todoWindow } from "../../../core/contracts/todo.ts";
import { addDays } from "../../../core/time/dates.ts";
import { dueBetween } from "../../../core/todo/items.ts";
import { applySnoozes } from "../../../core/todo/snooze.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import { present } from "./list-todos.ts";
import { recordTodoRead } from "./record-todo-read.ts";
import { snoozesOf } from "./snoozes-of.ts";
import { todosOf } from "./todos-of.ts";

/**
 * The signed-in coach's to-do items due on the days a calendar shows (`from` to `to`, both
 * included, at most 62 days), snoozed ones marked. Like the list (list-todos.ts), every item
 * comes from the caller's own open assignments through the gate, and the read is audited as
 * `todo.viewed` naming the clients whose items it shows.
 */
export async function listTodosDue(
  database: Database,
  actor: Actor,
  window: z.infer<typeof todoWindow>,
  today: string,
): Promise<z.infer<typeof todoDue>> {
  if (window.to < window.from) throw invalid({ to: { key: "end_before_start" } });
  if (window.to > addDays(window.from, maxTodoWindowDays - 1)) {
    throw invalid({ to: { key: "too_big", params: { max: maxTodoWindowDays } } });
  }
  return inTransaction(database, async (trx) => {
    const { clients, items } = await todosOf(trx, actor, today);
    const { shown, snoozed } = applySnoozes(
      dueBetween(items, window.from, window.to),
      await snoozesOf(trx, actor, today),
      today,
    );
    const names = new Map(clients.map((c) => [c.id, c.name]));
    const until = new Map(snoozed.map((i) => [i.key, i.snoozedUntil]));
    const listed = dueBetween([...shown, ...snoozed], window.from, window.to);
    // Like the list: only the clients whose items the calendar shows were seen (record-todo-read.ts).
    const named = new Set(listed.flatMap((i) => (i.clientId ? [i.clientId] : [])));
    await recordTodoRead(
      trx,
      actor.userId,
      clients.filter((c) => named.has(c.id)).map((c) => ({ id: c.id, organisationId: c.organisationId })),
      today,
    );
    return { today, items: listed.map((i) => present(i, today, names, until.get(i.key) ?? null)) };
  });
}
