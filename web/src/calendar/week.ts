import { addDays } from "@core/time/dates";
import { helsinkiLocalToIso, helsinkiWallClock } from "@core/time/local-time";

/** The calendar date (YYYY-MM-DD) of an instant in Finnish time. */
export function helsinkiDateOf(at: string | Date): string {
  return helsinkiWallClock(typeof at === "string" ? new Date(at) : at).date;
}

/** The wall-clock time (HH:MM) of an instant in Finnish time. */
export function helsinkiTimeOf(at: string | Date): string {
  return helsinkiWallClock(typeof at === "string" ? new Date(at) : at).time;
}

/** An instant as the value of an `<input type="datetime-local">` in Finnish time. */
export function toLocalInput(at: string | Date): string {
  const w = helsinkiWallClock(typeof at === "string" ? new Date(at) : at);
  return `${w.date}T${w.time}`;
}

/** The Monday of the week the date falls in (Finnish weeks start on Monday). */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The instants bounding the week in Finnish time: Monday 00:00 to the next Monday 00:00. */
export function weekWindow(monday: string): { from: string; to: string } {
  return {
    from: helsinkiLocalToIso(`${monday}T00:00`) ?? "",
    to: helsinkiLocalToIso(`${addDays(monday, 7)}T00:00`) ?? "",
  };
}

/** Whole minutes between two instants. */
export function minutesBetween(from: string, to: string): number {
  return Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60000);
}

/** The ISO 8601 week number of a date (weeks as Finnish calendars number them). */
export function isoWeek(date: string): number {
  const thursday = addDays(mondayOf(date), 3);
  const [y] = thursday.split("-").map(Number) as [number];
  const firstThursday = addDays(mondayOf(`${y}-01-04`), 3);
  const days = (Date.parse(thursday) - Date.parse(firstThursday)) / 86_400_000;
  return Math.round(days / 7) + 1;
}
