import type { snoozeTodo, todoList } from "@core/contracts/todo";
import { del, get, post, seg } from "./endpoint.ts";

/**
 * The signed-in coach's to-do list and its snoozes (server/src/todo). The query keys are
 * web/src/todo/keys.ts, which the app's entry reads without importing this client.
 */
export const todos = {
  list: get<typeof todoList>()(() => "/api/todo"),
  snooze: post<typeof snoozeTodo, typeof snoozeTodo>()(() => "/api/todo/snoozes"),
  unsnooze: del()((key: string) => `/api/todo/snoozes/${seg(key)}`),
};
