import type { snoozeTodo, todoDue, todoList, todoWindow } from "@core/contracts/todo";
import { del, get, post, search, seg } from "./endpoint.ts";

/**
 * The signed-in coach's to-do list, its snoozes and the items due on a calendar's days
 * (server/src/todo). The query keys are web/src/todo/keys.ts, which the app's entry reads without
 * importing this client.
 */
export const todos = {
  list: get<typeof todoList>()(() => "/api/todo"),
  due: search<typeof todoDue, typeof todoWindow>()(() => "/api/todo/due"),
  snooze: post<typeof snoozeTodo, typeof snoozeTodo>()(() => "/api/todo/snoozes"),
  unsnooze: del()((key: string) => `/api/todo/snoozes/${seg(key)}`),
};
