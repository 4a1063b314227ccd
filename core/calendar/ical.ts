import { helsinkiWallClock } from "../time/local-time.ts";

/**
 * A minimal iCalendar (RFC 5545) writer for Polku's read-only feeds: text escaping, line folding
 * at 75 octets and UTC date-times. Pure; the server decides what goes into each event.
 */

export type CalendarEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  /**
   * A repeating event's RRULE value (series-events.ts). Its times, EXDATEs and its overrides'
   * RECURRENCE-IDs are written in Finnish wall time (TZID), so the rule repeats 9.00 as 9.00.
   */
  rule?: string;
  exdates?: readonly Date[];
  /** An override of one meeting of a series: the start the rule planned for it. */
  recurrenceId?: Date;
};

export const seriesTimeZone = "Europe/Helsinki";

/**
 * Europe/Helsinki since the EU rules of 1996: summer time from the last Sunday of March 03.00 to
 * the last Sunday of October 04.00 local time. Written once when a feed holds a series.
 */
const helsinkiZone = [
  "BEGIN:VTIMEZONE",
  `TZID:${seriesTimeZone}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0300",
  "TZNAME:EEST",
  "DTSTART:19700329T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0300",
  "TZOFFSETTO:+0200",
  "TZNAME:EET",
  "DTSTART:19701025T040000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** A DATE-TIME in Finnish wall time, e.g. 20260330T090000 (with TZID=Europe/Helsinki). */
export function formatHelsinki(at: Date): string {
  const w = helsinkiWallClock(at);
  return `${w.date.replace(/-/g, "")}T${w.time.replace(":", "")}${w.seconds}`;
}

/** One date-time property: UTC for a single event, Finnish wall time for a series. */
function timeProperty(name: string, at: Date, zoned: boolean): string {
  return zoned ? `${name};TZID=${seriesTimeZone}:${formatHelsinki(at)}` : `${name}:${formatUtc(at)}`;
}

export type Calendar = {
  name: string;
  /** The moment the feed was produced (DTSTAMP of every event). */
  generatedAt: Date;
  events: readonly CalendarEvent[];
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A UTC DATE-TIME value, e.g. 20260105T073000Z. */
export function formatUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * Folds one content line into lines of at most 75 octets; continuation lines begin with a space
 * (RFC 5545 §3.1). Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** The whole VCALENDAR text, CRLF line endings, ready to send as text/calendar. */
export function buildCalendar(calendar: Calendar): string {
  const stamp = formatUtc(calendar.generatedAt);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Polku//IPS calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // Calendar apps poll; an hour keeps moved meetings reasonably fresh.
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  if (calendar.events.some((e) => e.rule || e.recurrenceId)) lines.push(...helsinkiZone);
  for (const event of calendar.events) {
    const zoned = Boolean(event.rule || event.recurrenceId);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      timeProperty("DTSTART", event.start, zoned),
      timeProperty("DTEND", event.end, zoned),
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.rule) lines.push(`RRULE:${event.rule}`);
    if (event.exdates?.length) {
      lines.push(`EXDATE;TZID=${seriesTimeZone}:${event.exdates.map(formatHelsinki).join(",")}`);
    }
    if (event.recurrenceId) lines.push(timeProperty("RECURRENCE-ID", event.recurrenceId, true));
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
