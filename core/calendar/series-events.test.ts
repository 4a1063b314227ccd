import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ICAL from "ical.js";
import { helsinkiWallClock } from "../time/local-time.ts";
import { buildCalendar } from "./ical.ts";
import { type SeriesMeeting, seriesEvents } from "./series-events.ts";

const clock = (at: Date) => {
  const w = helsinkiWallClock(at);
  return `${w.date} ${w.time}`;
};

/** What a calendar app shows: every meeting of the feed's series, expanded by ical.js. */
function expandFeed(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent("vtimezone");
  assert.ok(zone, "a feed with a series carries its time zone");
  ICAL.TimezoneService.register(zone);
  const [master, ...overrides] = calendar.getAllSubcomponents("vevent");
  assert.ok(master);
  const event = new ICAL.Event(master);
  for (const override of overrides) event.relateException(override);
  const shown: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    shown.push(
      `${clock(details.startDate.toJSDate())}–${clock(details.endDate.toJSDate()).slice(11)} ${details.item.location ?? ""}`.trim(),
    );
  }
  return shown;
}

describe("a series in the calendar feed", () => {
  // Weekly on Mondays at 9.00 across the October change of 2026 (Sunday 25 October).
  const series = {
    uid: "s1@polku",
    rule: "FREQ=WEEKLY;INTERVAL=1;COUNT=4",
    start: new Date("2026-10-19T09:00:00+03:00"),
    end: new Date("2026-10-19T10:00:00+03:00"),
  };
  const meeting = (
    date: string,
    start: string,
    end: string,
    extra: Partial<SeriesMeeting> = {},
  ): SeriesMeeting => ({
    occurrenceDate: date,
    start: new Date(start),
    end: new Date(end),
    cancelled: false,
    summary: "IPS VV",
    location: "Toimisto",
    ...extra,
  });
  const meetings = [
    meeting("2026-10-19", "2026-10-19T09:00:00+03:00", "2026-10-19T10:00:00+03:00"),
    // Cancelled.
    meeting("2026-10-26", "2026-10-26T09:00:00+02:00", "2026-10-26T10:00:00+02:00", { cancelled: true }),
    // Moved to Tuesday at 13.00, at the workplace.
    meeting("2026-11-02", "2026-11-03T13:00:00+02:00", "2026-11-03T14:00:00+02:00", {
      location: "Työpaikka, Katu 1",
    }),
    meeting("2026-11-09", "2026-11-09T09:00:00+02:00", "2026-11-09T10:00:00+02:00"),
  ];

  it("writes RRULE, EXDATE and RECURRENCE-ID in Finnish wall time, and reads back as the meetings", () => {
    const text = buildCalendar({
      name: "Polku",
      generatedAt: new Date("2026-10-01T00:00:00Z"),
      events: seriesEvents(series, meetings),
    });
    const unfolded = text.replace(/\r\n /g, "");
    assert.match(unfolded, /\r\nDTSTART;TZID=Europe\/Helsinki:20261019T090000\r\n/);
    assert.match(unfolded, /\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4\r\n/);
    assert.match(unfolded, /\r\nEXDATE;TZID=Europe\/Helsinki:20261026T090000\r\n/);
    assert.match(unfolded, /\r\nRECURRENCE-ID;TZID=Europe\/Helsinki:20261102T090000\r\n/);
    assert.match(unfolded, /\r\nLOCATION:Työpaikka\\, Katu 1\r\n/);
    assert.deepEqual(expandFeed(text), [
      "2026-10-19 09:00–10:00 Toimisto",
      "2026-11-03 13:00–14:00 Työpaikka, Katu 1",
      "2026-11-09 09:00–10:00 Toimisto",
    ]);
  });

  it("writes no override for a meeting as planned, and nothing for a series cancelled whole", () => {
    const plain = seriesEvents(
      series,
      [meetings[0], meetings[3]].filter((m) => m !== undefined),
    );
    assert.equal(plain.length, 1);
    assert.deepEqual(plain[0]?.exdates?.map(clock), ["2026-10-26 09:00", "2026-11-02 09:00"]);
    assert.deepEqual(
      seriesEvents(
        series,
        meetings.map((m) => ({ ...m, cancelled: true })),
      ),
      [],
    );
  });

  it("takes the series' words from its first meeting not cancelled", () => {
    const [master] = seriesEvents(series, [
      meeting("2026-10-19", "2026-10-19T09:00:00+03:00", "2026-10-19T10:00:00+03:00", {
        cancelled: true,
        summary: "IPS AA",
      }),
      meeting("2026-10-26", "2026-10-26T09:00:00+02:00", "2026-10-26T10:00:00+02:00", { summary: "IPS" }),
    ]);
    assert.equal(master?.summary, "IPS");
  });
});
