import { helsinkiLocalToIso, helsinkiWallClock } from "../time/local-time.ts";

/**
 * Repeating appointments as a small subset of RFC 5545 RRULE, expanded in Finnish wall time: a
 * weekly 9.00 meeting stays at 9.00 across the daylight-saving changes (the last Sundays of March
 * and October). "Monthly" keeps the weekday's position in the month (the second Tuesday), because
 * a coach's regular meetings are on working days; a start on the fifth such weekday repeats on the
 * last one. Every series ends: on a date (UNTIL) or after a number of times (COUNT). ADR 0017.
 */
export const repeatFrequencies = ["weekly", "biweekly", "monthly"] as const;
export type RepeatFrequency = (typeof repeatFrequencies)[number];

/** How a series repeats and ends; `until` is a Finnish date (YYYY-MM-DD), inclusive. */
export type Repeat = { frequency: RepeatFrequency; until: string | null; count: number | null };

/** At most two years of weekly meetings in one series. */
export const maxOccurrences = 104;

const weekdays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** A day of the week (0 = Sunday) of a calendar date. */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weekday's position in its month: 1–4, or -1 (the last) for a fifth one. */
function positionOf(date: string): number {
  const day = Number(date.slice(8, 10));
  const position = Math.ceil(day / 7);
  return position === 5 ? -1 : position;
}

/** The date of the nth (-1 = last) given weekday of a month, as YYYY-MM-DD. */
function nthWeekday(year: number, month: number, weekday: number, position: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  let day = 1 + ((weekday - first + 7) % 7);
  if (position === -1) {
    while (day + 7 <= daysInMonth(year, month)) day += 7;
  } else {
    day += (position - 1) * 7;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The RRULE UNTIL of a Finnish date: the last second of that day, in UTC (RFC 5545 §3.3.10). */
function untilInstant(date: string): Date {
  const next = helsinkiLocalToIso(`${addDays(date, 1)}T00:00`);
  return new Date(Date.parse(next ?? `${date}T23:59:59Z`) - 1000);
}

function formatUntil(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The RRULE value (without "RRULE:") of a repeat, for a series whose first meeting starts at `start`. */
export function recurrenceRule(repeat: Repeat, start: Date): string {
  const date = helsinkiWallClock(start).date;
  const parts =
    repeat.frequency === "monthly"
      ? ["FREQ=MONTHLY", `BYDAY=${positionOf(date)}${weekdays[weekdayOf(date)]}`]
      : ["FREQ=WEEKLY", `INTERVAL=${repeat.frequency === "biweekly" ? 2 : 1}`];
  if (repeat.count !== null) parts.push(`COUNT=${repeat.count}`);
  else if (repeat.until !== null) parts.push(`UNTIL=${formatUntil(untilInstant(repeat.until))}`);
  return parts.join(";");
}

/** The parsed subset: frequency and end; null for any rule outside it. */
export type ParsedRule = {
  frequency: RepeatFrequency;
  count: number | null;
  until: Date | null;
  byDay: { position: number; weekday: number } | null;
};

export function parseRecurrenceRule(rule: string): ParsedRule | null {
  const fields = new Map<string, string>();
  for (const part of rule.split(";")) {
    const [key, value] = part.split("=");
    if (!key || value === undefined || fields.has(key)) return null;
    fields.set(key, value);
  }
  const freq = fields.get("FREQ");
  const interval = fields.get("INTERVAL") ?? "1";
  const count = fields.has("COUNT") ? Number(fields.get("COUNT")) : null;
  const untilText = fields.get("UNTIL");
  const until = untilText
    ? new Date(untilText.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"))
    : null;
  if (count !== null && (!Number.isInteger(count) || count < 1)) return null;
  if (until !== null && Number.isNaN(until.getTime())) return null;
  if ((count === null) === (until === null)) return null;
  const known = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY"]);
  if ([...fields.keys()].some((key) => !known.has(key))) return null;
  if (freq === "WEEKLY" && !fields.has("BYDAY") && (interval === "1" || interval === "2")) {
    return { frequency: interval === "2" ? "biweekly" : "weekly", count, until, byDay: null };
  }
  const byDay = /^(-1|[1-4])(SU|MO|TU|WE|TH|FR|SA)$/.exec(fields.get("BYDAY") ?? "");
  if (freq === "MONTHLY" && interval === "1" && byDay) {
    const weekday = weekdays.indexOf(byDay[2] as (typeof weekdays)[number]);
    return { frequency: "monthly", count, until, byDay: { position: Number(byDay[1]), weekday } };
  }
  return null;
}

/** The dates (YYYY-MM-DD) a rule gives from its first date on, without regard to the end. */
function* datesOf(rule: ParsedRule, first: string): Generator<string> {
  if (rule.byDay === null) {
    const step = rule.frequency === "biweekly" ? 14 : 7;
    for (let date = first; ; date = addDays(date, step)) yield date;
  }
  const { position, weekday } = rule.byDay;
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const date = nthWeekday(year, month, weekday, position);
    if (date >= first) yield date;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The start of every meeting of a series, in order: the first meeting's Finnish clock time on each
 * date the rule gives, until its end. `limit` stops a long rule early (maxOccurrences + 1 tells a
 * caller the series is too long). The rule must parse (parseRecurrenceRule), else this throws.
 */
export function expandRule(rule: string, start: Date, limit = maxOccurrences + 1): Date[] {
  const parsed = parseRecurrenceRule(rule);
  if (!parsed) throw new Error("unsupported recurrence rule");
  const wall = helsinkiWallClock(start);
  const starts: Date[] = [];
  for (const date of datesOf(parsed, wall.date)) {
    if (starts.length >= limit || (parsed.count !== null && starts.length >= parsed.count)) break;
    const at = new Date(helsinkiLocalToIso(`${date}T${wall.time}`) ?? Number.NaN);
    // Past the year 9999 a date has no YYYY-MM-DD form (nor a row): the series stops there.
    if (Number.isNaN(at.getTime())) break;
    if (parsed.until !== null && at > parsed.until) break;
    starts.push(at);
  }
  return starts;
}

/** Why a repeat cannot be booked, as a field problem key, or null when it can. */
export function repeatProblem(
  repeat: Repeat,
  start: Date,
): { field: "until" | "count"; key: "repeat_until_before_start" | "repeat_too_many" } | null {
  const field = repeat.count !== null ? "count" : "until";
  if (repeat.until !== null && repeat.count === null && repeat.until < helsinkiWallClock(start).date) {
    return { field, key: "repeat_until_before_start" };
  }
  const starts = expandRule(recurrenceRule(repeat, start), start);
  // More than the maximum, or fewer than counted because the calendar ends (after the year 9999).
  if (starts.length > maxOccurrences || (repeat.count !== null && starts.length < repeat.count)) {
    return { field, key: "repeat_too_many" };
  }
  return null;
}
