import { lastFullQuarter as lastFullQuarterOn, shiftQuarter } from "../../../core/outcomes/periods.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";

/** Quarter labels such as 2025-Q3 for the quarter picker: finished quarters only (core's periods). */
const quarterPattern = /^\d{4}-Q[1-4]$/;

/** The last quarter that has ended in Finnish time: the default period and the newest one offered. */
export function lastFullQuarter(now: Date = new Date()): string {
  return lastFullQuarterOn(helsinkiDate(now));
}

/**
 * The quarter a page shows for the address's `quarter`: a finished quarter as given; the running
 * quarter, a future one or anything malformed becomes the last finished quarter, since a quarter
 * still running has no final figures to report.
 */
export function finishedQuarter(label: string | null, now: Date = new Date()): string {
  const last = lastFullQuarter(now);
  // Labels of the same shape compare as text in time order (four-digit years).
  return label !== null && quarterPattern.test(label) && label <= last ? label : last;
}

/** `count` quarter labels ending with `last`, newest first. */
export function quartersBefore(last: string, count: number): string[] {
  if (!quarterPattern.test(last)) return [];
  return Array.from({ length: count }, (_, i) => shiftQuarter(last, -i));
}
