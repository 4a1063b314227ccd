import { addDays } from "../time/dates.ts";
import type { TodoItem } from "./items.ts";

/** A coach's snooze of one item instance, keyed by the item's stable key. */
export type TodoSnooze = { key: string; until: string };

/** The furthest a snooze may reach: a to-do hidden for longer is not a to-do any more. */
export const MAX_SNOOZE_DAYS = 365;

/**
 * Splits items into those shown and those snoozed on `today`. A snooze hides only the instance
 * whose key it names, until (not including) its date: on that day the item is back, and a new
 * due instance (a new key) is never hidden by an older snooze.
 */
export function applySnoozes(
  items: readonly TodoItem[],
  snoozes: readonly TodoSnooze[],
  today: string,
): { shown: TodoItem[]; snoozed: Array<TodoItem & { snoozedUntil: string }> } {
  const until = new Map(snoozes.map((s) => [s.key, s.until]));
  const shown: TodoItem[] = [];
  const snoozed: Array<TodoItem & { snoozedUntil: string }> = [];
  for (const item of items) {
    const u = until.get(item.key);
    if (u !== undefined && today < u) snoozed.push({ ...item, snoozedUntil: u });
    else shown.push(item);
  }
  return { shown, snoozed };
}

/**
 * Why a snooze date cannot be used, or null: it must be after today and within a year. The
 * server checks it whatever the browser's date picker allowed, and says what to choose.
 */
export function snoozeDateProblem(
  until: string,
  today: string,
): "snooze_not_after_today" | "snooze_too_far" | null {
  if (until <= today) return "snooze_not_after_today";
  if (until > addDays(today, MAX_SNOOZE_DAYS)) return "snooze_too_far";
  return null;
}
