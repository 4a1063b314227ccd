import { displayTimeZone } from "../i18n/locales.ts";

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: displayTimeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The date (YYYY-MM-DD), time (HH:MM) and seconds an instant shows on a clock in Finland. */
export function helsinkiWallClock(at: Date): { date: string; time: string; seconds: string } {
  const parts = wallClock.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
    seconds: get("second"),
  };
}

function helsinkiOffsetMinutes(at: Date): number {
  const w = helsinkiWallClock(at);
  const wall = Date.parse(`${w.date}T${w.time}:${w.seconds}Z`);
  return Math.round((wall - at.getTime()) / 60000);
}

/**
 * Reads an `<input type="datetime-local">` value as Finnish wall-clock time and returns the
 * instant as an ISO string with offset; null when empty or invalid.
 */
export function helsinkiLocalToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let instant = asUtc - helsinkiOffsetMinutes(new Date(asUtc)) * 60000;
  instant = asUtc - helsinkiOffsetMinutes(new Date(instant)) * 60000;
  return new Date(instant).toISOString();
}
