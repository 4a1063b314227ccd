import type { Me } from "../platform/types.ts";
import { hasTodoList, useTodos } from "./queries.ts";

/** The number of items due today or earlier, for the navigation; null when there is no list. */
export function useTodoDueCount(me: Me): number | null {
  const enabled = hasTodoList(me);
  const todos = useTodos(enabled);
  return enabled && todos.data ? todos.data.dueCount : null;
}
