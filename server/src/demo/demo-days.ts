import { displayTimeZone } from "../../../core/i18n/locales.ts";

/** The ISO date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

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
  const guess = new Date(`${date}T${time}:00Z`);
  const zone = new Intl.DateTimeFormat("en-US", { timeZone: displayTimeZone, timeZoneName: "longOffset" })
    .formatToParts(guess)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(zone ?? "");
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(guess.getTime() - minutes * 60_000);
}
