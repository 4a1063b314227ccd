import { z } from "zod";
import { todoKinds } from "../todo/items.ts";
import { snoozeDateProblem } from "../todo/snooze.ts";
import { storableIsoDate, uuid } from "./common.ts";

/** An item's stable key: its kind, the id of what it is about, and the due day. */
export const todoKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z_0-9]+:[A-Za-z0-9.-]+:\d{4}-\d{2}-\d{2}$/, { message: "invalid_format" });

const target = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("client"), clientId: uuid, tab: z.enum(["contacts", "plans", "episodes"]) }),
  z.object({ kind: z.literal("employer_contact"), organisationId: uuid, employerId: uuid }),
]);

/** One to-do item as the coach's list shows it. */
export const todoItem = z.object({
  key: z.string(),
  kind: z.enum(todoKinds),
  due: storableIsoDate,
  overdue: z.boolean(),
  /** The client the item is about, when it is one of the caller's clients; null otherwise. */
  client: z.object({ id: uuid, name: z.string() }).nullable(),
  subject: z.string().nullable(),
  target,
  /** The day a snoozed item comes back; null when it is shown. */
  snoozedUntil: storableIsoDate.nullable(),
});

/** The signed-in coach's to-do list on a day: items due up to a week ahead, and the snoozed ones. */
export const todoList = z.object({
  today: storableIsoDate,
  /** Items due today or earlier and not snoozed: the count in the navigation. */
  dueCount: z.number().int(),
  items: z.array(todoItem),
  snoozed: z.array(todoItem),
});

/** The days a calendar shows, both included; at most 62 days like its appointments' window. */
export const todoWindow = z.strictObject({ from: storableIsoDate, to: storableIsoDate });
export const maxTodoWindowDays = 62;

/** The coach's items due on the calendar's days, snoozed ones too (with their `snoozedUntil`). */
export const todoDue = z.object({ today: storableIsoDate, items: z.array(todoItem) });

export const snoozeTodo = z.strictObject({ key: todoKey, until: storableIsoDate });

/**
 * The snooze as judged on a day: the date must come after it and within a year (core/todo/snooze.ts).
 * The server's use case and the web's form judge with the same rule, so a past date is refused
 * in the form with the message the server would give.
 */
export const snoozeTodoOn = (today: string) =>
  snoozeTodo.superRefine((body, ctx) => {
    const problem = snoozeDateProblem(body.until, today);
    if (problem) ctx.addIssue({ code: "custom", path: ["until"], message: problem });
  });
export const todoKeyParams = z.strictObject({ key: todoKey });
