import { daysBetween } from "../../../core/time/dates.ts";

/**
 * Whole weeks from a job's start to its end, or to `today` while it goes on (a fixed-term job's
 * end still ahead counts to today); never negative.
 */
export function tenureWeeks(startDate: string, endDate: string | null, today: string): number {
  const until = endDate !== null && endDate < today ? endDate : today;
  return Math.max(0, Math.floor(daysBetween(startDate, until) / 7));
}
