import type { z } from "zod";
import type { todoItem, todoList } from "../../../core/contracts/todo.ts";
import { addDays } from "../../../core/time/dates.ts";
import { isOverdue, type TodoItem } from "../../../core/todo/items.ts";
import { applySnoozes } from "../../../core/todo/snooze.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { recordTodoRead } from "./record-todo-read.ts";
import { snoozesOf } from "./snoozes-of.ts";
import type { CaseloadClient } from "./todo-facts.ts";
import { todosOf } from "./todos-of.ts";

export type TodoListView = z.infer<typeof todoList>;

/** The list looks a week ahead, so what is coming is seen before it is due. */
export const TODO_HORIZON_DAYS = 7;

/** One item as the contract shows it (the list and the calendar's days). */
export function present(
  item: TodoItem,
  today: string,
  names: Map<string, string>,
  snoozedUntil: string | null,
) {
  const name = item.clientId ? names.get(item.clientId) : undefined;
  return {
    key: item.key,
    kind: item.kind,
    due: item.due,
    overdue: isOverdue(item, today),
    // Only a client of the caller's own caseload is named (an employer contact may name others).
    client: item.clientId && name ? { id: item.clientId, name } : null,
    subject: item.subject,
    target: item.target,
    snoozedUntil,
  } satisfies z.infer<typeof todoItem>;
}

/** The signed-in coach's to-do list on `today`: due items up to a week ahead, overdue marked. */
export async function listTodos(database: Database, actor: Actor, today: string): Promise<TodoListView> {
  return inTransaction(database, async (trx) => {
    const { clients, items } = await todosOf(trx, actor, today);
    const horizon = addDays(today, TODO_HORIZON_DAYS);
    const { shown, snoozed } = applySnoozes(
      items.filter((i) => i.due <= horizon),
      await snoozesOf(trx, actor, today),
      today,
    );
    const named = new Set([...shown, ...snoozed].flatMap((i) => (i.clientId ? [i.clientId] : [])));
    await recordTodoRead(trx, actor.userId, clients.filter((c) => named.has(c.id)).map(asRead), today);
    const names = new Map(clients.map((c) => [c.id, c.name]));
    return {
      today,
      dueCount: shown.filter((i) => i.due <= today).length,
      items: shown.map((i) => present(i, today, names, null)),
      snoozed: snoozed.map((i) => present(i, today, names, i.snoozedUntil)),
    };
  });
}

const asRead = (c: CaseloadClient) => ({ id: c.id, organisationId: c.organisationId });
