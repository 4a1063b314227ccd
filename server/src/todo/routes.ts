import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  snoozeTodo as snoozeBody,
  todoDue,
  todoKeyParams,
  todoList,
  todoWindow,
} from "../../../core/contracts/todo.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { listTodos } from "./list-todos.ts";
import { listTodosDue } from "./list-todos-due.ts";
import { snoozeTodo } from "./snooze-todo.ts";
import { unsnoozeTodo } from "./unsnooze-todo.ts";

/**
 * The coach's to-do list (issue 10). Signed-in only: every item comes from the caller's own
 * open assignments through the client gate, so someone without a caseload gets an empty list.
 */
export function registerTodoRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["todo"];

  r.get("/api/todo", {
    config: { policy: { kind: "signedIn" } },
    schema: { tags, summary: "My to-do list: what is due on my caseload", response: { 200: todoList } },
    handler: (request) => listTodos(database, actorOf(request), helsinkiDate()),
  });

  r.get("/api/todo/due", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "My to-do items due on the days my calendar shows (at most 62 days)",
      querystring: todoWindow,
      response: { 200: todoDue },
    },
    handler: (request) => listTodosDue(database, actorOf(request), request.query, helsinkiDate()),
  });

  r.post("/api/todo/snoozes", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "Snooze one item of my list until a day",
      body: snoozeBody,
      response: { 200: z.object({ key: z.string(), until: z.string() }) },
    },
    handler: (request) => snoozeTodo(database, actorOf(request), request.body, helsinkiDate()),
  });

  r.delete("/api/todo/snoozes/:key", {
    config: { policy: { kind: "signedIn" } },
    schema: { tags, summary: "Bring a snoozed item back now", params: todoKeyParams },
    handler: async (request, reply) => {
      await unsnoozeTodo(database, actorOf(request), request.params.key);
      return reply.code(204).send();
    },
  });
}
