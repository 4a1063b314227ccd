import { ipsTeamRoles } from "@core/access/roles";
import type { snoozeTodo, todoItem, todoList } from "@core/contracts/todo";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { todos } from "../platform/client/todo.ts";
import type { Me } from "../platform/types.ts";
import { todoKeys } from "./keys.ts";

/**
 * The typed client of the to-do routes (server/src/todo). Components use these hooks; the types
 * come from core's contracts, so a change of shape fails the type check here.
 */
export type TodoList = z.infer<typeof todoList>;
export type TodoItem = z.infer<typeof todoItem>;
export type SnoozeTodo = z.infer<typeof snoozeTodo>;

/** Coaches and team leaders have a caseload of their own, so they have a to-do list. */
export const hasTodoList = (me: Me) => me.memberships.some((m) => ipsTeamRoles.includes(m.role));

/** The signed-in coach's to-do list (the navigation's count reads the same query). */
export function useTodos(enabled = true) {
  return useQuery({
    queryKey: todoKeys.list(),
    queryFn: () => todos.list(),
    enabled,
  });
}

export function useSnoozeTodo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SnoozeTodo) => todos.snooze(body),
    onSuccess: () => client.invalidateQueries({ queryKey: todoKeys.all }),
  });
}

export function useUnsnoozeTodo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => todos.unsnooze(key),
    onSuccess: () => client.invalidateQueries({ queryKey: todoKeys.all }),
  });
}
