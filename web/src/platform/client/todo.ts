import type { todoDue, todoWindow } from "@core/contracts/todo";
import { search } from "./endpoint.ts";

/** The coach's to-do items due on a calendar's days (server/src/todo/list-todos-due.ts). */
export const todos = {
  due: search<typeof todoDue, typeof todoWindow>()(() => "/api/todo/due"),
};
