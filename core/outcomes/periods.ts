import type { IsoDate, OutcomePeriod } from "./types.ts";

/**
 * Calendar quarters, the reporting period of the US IPS Learning Community and IPS Grow
 * (outcomes.md §2–3). A period includes both of its ends.
 */
const quarterLabel = /^(\d{4})-Q([1-4])$/;
const lastDays = ["03-31", "06-30", "09-30", "12-31"] as const;
const firstDays = ["01-01", "04-01", "07-01", "10-01"] as const;

function parseQuarter(label: string): { year: number; quarter: number } {
  const m = quarterLabel.exec(label);
  if (!m) throw new Error(`not a quarter label: ${label}`);
  return { year: Number(m[1]), quarter: Number(m[2]) };
}

function labelOf(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** The period of a quarter label such as `2025-Q3` (1 July – 30 September 2025). */
export function quarterPeriod(label: string): OutcomePeriod {
  const { year, quarter } = parseQuarter(label);
  const y = String(year).padStart(4, "0");
  return { from: `${y}-${firstDays[quarter - 1]}`, to: `${y}-${lastDays[quarter - 1]}`, label };
}

/** The quarter label containing an ISO date. */
export function quarterOf(day: IsoDate): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12)) throw new Error(`not an ISO date: ${day}`);
  return labelOf(year, Math.floor((month - 1) / 3) + 1);
}

/** The label of the quarter `offset` quarters after `label` (negative: before). */
export function shiftQuarter(label: string, offset: number): string {
  const { year, quarter } = parseQuarter(label);
  const index = year * 4 + (quarter - 1) + offset;
  return labelOf(Math.floor(index / 4), (index % 4) + 1);
}

/** The last quarter that has fully ended on `today`: the dashboards' default period. */
export function lastFullQuarter(today: IsoDate): string {
  return shiftQuarter(quarterOf(today), -1);
}

/** `count` consecutive quarters ending with `label`, oldest first (a trend). */
export function quartersEnding(label: string, count: number): OutcomePeriod[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`quarter count must be a positive integer: ${count}`);
  const periods: OutcomePeriod[] = [];
  for (let i = count - 1; i >= 0; i--) periods.push(quarterPeriod(shiftQuarter(label, -i)));
  return periods;
}
