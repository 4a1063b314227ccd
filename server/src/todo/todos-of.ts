import { byDue, employerNextStepTodo, episodeTodos, type TodoItem } from "../../../core/todo/items.ts";
import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { type CaseloadClient, loadTodoFacts } from "./todo-facts.ts";

/**
 * Every to-do item of the actor's own caseload on `today`, whatever its due day, in due order,
 * with the caseload's clients (for names and the audit entry). The list and the snoozes read
 * this; a calendar takes the days it shows with `dueBetween` (core/todo/items.ts). The caller
 * runs it in its transaction and audits the read.
 */
export async function todosOf(
  trx: Executor,
  actor: Actor,
  today: string,
): Promise<{ clients: CaseloadClient[]; items: TodoItem[] }> {
  const facts = await loadTodoFacts(trx, actor, today);
  const items = [
    ...facts.episodes.flatMap((e) => episodeTodos(e, today)),
    ...facts.employerNextSteps.flatMap((c) => employerNextStepTodo(c) ?? []),
  ].sort(byDue);
  return { clients: facts.clients, items };
}
