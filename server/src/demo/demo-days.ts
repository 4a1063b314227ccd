import { addDays } from "../../../core/time/dates.ts";
import { helsinkiLocalToIso } from "../../../core/time/local-time.ts";

/**
 * The working day `days` after today: a Saturday or Sunday moves back to Friday for days in the
 * past and on to Monday for today and days ahead, so the past stays past and the coach's week
 * has no weekend appointments.
 */
export function workday(today: string, days: number): string {
  const date = addDays(today, days);
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 6) return addDays(date, days < 0 ? -1 : 2);
  if (weekday === 0) return addDays(date, days < 0 ? -2 : 1);
  return date;
}

/** The instant a wall-clock time in Finland names on an ISO date (summer time included). */
export function helsinkiInstant(date: string, time: string): Date {
  return new Date(helsinkiLocalToIso(`${date}T${time}`) ?? `${date}T${time}:00Z`);
}
