import { helsinkiLocalToIso, helsinkiWallClock } from "../time/local-time.ts";
import type { CalendarEvent } from "./ical.ts";
import { expandRule } from "./recurrence.ts";

/** One meeting of a series as the feed shows it; `occurrenceDate` is the date the rule planned. */
export type SeriesMeeting = {
  occurrenceDate: string;
  start: Date;
  end: Date;
  cancelled: boolean;
  summary: string;
  location: string | null;
};

export type Series = { uid: string; rule: string; start: Date; end: Date };

/** The start the rule plans on a date: the series' Finnish clock time on that day. */
function plannedStart(series: Series, date: string): Date {
  const time = helsinkiWallClock(series.start).time;
  return new Date(helsinkiLocalToIso(`${date}T${time}`) ?? Number.NaN);
}

/**
 * A series as iCalendar events (RFC 5545 §3.8.5): one repeating event with the rule and an EXDATE
 * for every planned meeting that is cancelled or gone, and an override (same UID, RECURRENCE-ID
 * the planned start) for every meeting that differs from the rule's: moved, lengthened, or with
 * another place or client. The repeating event says what the first meeting not cancelled says;
 * a series whose every meeting is cancelled is left out.
 */
export function seriesEvents(series: Series, meetings: readonly SeriesMeeting[]): CalendarEvent[] {
  const kept = [...meetings]
    .filter((m) => !m.cancelled)
    .sort((a, b) => a.occurrenceDate.localeCompare(b.occurrenceDate));
  const model = kept[0];
  if (!model) return [];
  const length = series.end.getTime() - series.start.getTime();
  const byDate = new Map(kept.map((m) => [m.occurrenceDate, m]));
  const exdates = expandRule(series.rule, series.start)
    .filter((start) => !byDate.has(helsinkiWallClock(start).date))
    .map((start) => plannedStart(series, helsinkiWallClock(start).date));
  const events: CalendarEvent[] = [
    {
      uid: series.uid,
      start: series.start,
      end: series.end,
      summary: model.summary,
      location: model.location,
      rule: series.rule,
      exdates,
    },
  ];
  for (const meeting of kept) {
    const planned = plannedStart(series, meeting.occurrenceDate);
    const same =
      meeting.start.getTime() === planned.getTime() &&
      meeting.end.getTime() === planned.getTime() + length &&
      meeting.summary === model.summary &&
      meeting.location === model.location;
    if (!same) {
      events.push({
        uid: series.uid,
        start: meeting.start,
        end: meeting.end,
        summary: meeting.summary,
        location: meeting.location,
        recurrenceId: planned,
      });
    }
  }
  return events;
}
