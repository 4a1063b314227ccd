import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { helsinkiWallClock } from "../time/local-time.ts";
import {
  expandRule,
  maxOccurrences,
  parseRecurrenceRule,
  type Repeat,
  recurrenceRule,
  repeatProblem,
} from "./recurrence.ts";

const wall = (at: Date) => {
  const w = helsinkiWallClock(at);
  return `${w.date} ${w.time}`;
};
const expand = (repeat: Repeat, start: string) =>
  expandRule(recurrenceRule(repeat, new Date(start)), new Date(start)).map(wall);

describe("repeating appointments", () => {
  it("writes the rule of each frequency and end", () => {
    const cases: [Repeat, string, string][] = [
      [
        { frequency: "weekly", until: null, count: 5 },
        "2026-03-02T09:00:00+02:00",
        "FREQ=WEEKLY;INTERVAL=1;COUNT=5",
      ],
      [
        { frequency: "biweekly", until: null, count: 3 },
        "2026-03-02T09:00:00+02:00",
        "FREQ=WEEKLY;INTERVAL=2;COUNT=3",
      ],
      // 10 March 2026 is the second Tuesday; the 31st is the fifth, so the rule says "last".
      [
        { frequency: "monthly", until: null, count: 4 },
        "2026-03-10T09:00:00+02:00",
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
      ],
      [
        { frequency: "monthly", until: null, count: 4 },
        "2026-03-31T09:00:00+03:00",
        "FREQ=MONTHLY;BYDAY=-1TU;COUNT=4",
      ],
      // Until the end of 30 June 2026 in Finland (summer time, UTC+3).
      [
        { frequency: "weekly", until: "2026-06-30", count: null },
        "2026-06-01T09:00:00+03:00",
        "FREQ=WEEKLY;INTERVAL=1;UNTIL=20260630T205959Z",
      ],
    ];
    for (const [repeat, start, rule] of cases) {
      assert.equal(recurrenceRule(repeat, new Date(start)), rule);
      assert.ok(parseRecurrenceRule(rule), rule);
    }
  });

  it("keeps a weekly 9.00 at 9.00 across the spring and autumn changes of 2026 and 2027", () => {
    const cases: [string, string[]][] = [
      // The last Sunday of March 2026 is the 29th (clocks forward).
      ["2026-03-23T09:00:00+02:00", ["2026-03-23 09:00", "2026-03-30 09:00", "2026-04-06 09:00"]],
      // The last Sunday of October 2026 is the 25th (clocks back).
      ["2026-10-19T09:00:00+03:00", ["2026-10-19 09:00", "2026-10-26 09:00", "2026-11-02 09:00"]],
      ["2027-03-22T09:00:00+02:00", ["2027-03-22 09:00", "2027-03-29 09:00", "2027-04-05 09:00"]],
      ["2027-10-25T09:00:00+03:00", ["2027-10-25 09:00", "2027-11-01 09:00", "2027-11-08 09:00"]],
    ];
    for (const [start, expected] of cases) {
      assert.deepEqual(expand({ frequency: "weekly", until: null, count: 3 }, start), expected, start);
    }
    // The instants move by an hour in UTC while the clock in Finland stays.
    const spring = expandRule("FREQ=WEEKLY;INTERVAL=1;COUNT=2", new Date("2026-03-23T09:00:00+02:00"));
    assert.deepEqual(
      spring.map((d) => d.toISOString()),
      ["2026-03-23T07:00:00.000Z", "2026-03-30T06:00:00.000Z"],
    );
  });

  it("repeats every two weeks and monthly on the weekday's position", () => {
    assert.deepEqual(
      expand({ frequency: "biweekly", until: "2026-04-20", count: null }, "2026-03-16T14:30:00+02:00"),
      ["2026-03-16 14:30", "2026-03-30 14:30", "2026-04-13 14:30"],
    );
    // The second Tuesday of each month, across the October change and the turn of the year.
    assert.deepEqual(expand({ frequency: "monthly", until: null, count: 4 }, "2026-10-13T10:00:00+03:00"), [
      "2026-10-13 10:00",
      "2026-11-10 10:00",
      "2026-12-08 10:00",
      "2027-01-12 10:00",
    ]);
    // The last Friday of each month, including February.
    assert.deepEqual(expand({ frequency: "monthly", until: null, count: 3 }, "2027-01-29T12:00:00+02:00"), [
      "2027-01-29 12:00",
      "2027-02-26 12:00",
      "2027-03-26 12:00",
    ]);
  });

  it("ends on the until date inclusive, in Finnish time", () => {
    // A meeting at 23.30 on the until date still belongs to the series.
    assert.deepEqual(
      expand({ frequency: "weekly", until: "2026-05-11", count: null }, "2026-05-04T23:30:00+03:00"),
      ["2026-05-04 23:30", "2026-05-11 23:30"],
    );
    assert.deepEqual(
      expand({ frequency: "weekly", until: "2026-05-04", count: null }, "2026-05-04T09:00:00+03:00"),
      ["2026-05-04 09:00"],
    );
  });

  it("refuses rules outside the subset", () => {
    for (const rule of [
      "",
      "FREQ=DAILY;COUNT=3",
      "FREQ=WEEKLY;INTERVAL=3;COUNT=3",
      "FREQ=WEEKLY;COUNT=0",
      "FREQ=WEEKLY",
      "FREQ=WEEKLY;COUNT=2;UNTIL=20260101T000000Z",
      "FREQ=MONTHLY;BYDAY=5TU;COUNT=2",
      "FREQ=MONTHLY;BYMONTHDAY=3;COUNT=2",
      "FREQ=WEEKLY;COUNT=2;COUNT=3",
    ]) {
      assert.equal(parseRecurrenceRule(rule), null, rule);
      assert.throws(() => expandRule(rule, new Date()));
    }
  });

  it("names what to fix in a repeat", () => {
    const start = new Date("2026-03-02T09:00:00+02:00");
    const cases: [Repeat, ReturnType<typeof repeatProblem>][] = [
      [
        { frequency: "weekly", until: "2026-03-01", count: null },
        { field: "until", key: "repeat_until_before_start" },
      ],
      [{ frequency: "weekly", until: "2026-03-02", count: null }, null],
      [{ frequency: "weekly", until: null, count: maxOccurrences }, null],
      [
        { frequency: "weekly", until: null, count: maxOccurrences + 1 },
        { field: "count", key: "repeat_too_many" },
      ],
      [
        { frequency: "weekly", until: "2028-12-31", count: null },
        { field: "until", key: "repeat_too_many" },
      ],
      [{ frequency: "monthly", until: "2028-12-31", count: null }, null],
    ];
    for (const [repeat, expected] of cases) assert.deepEqual(repeatProblem(repeat, start), expected);
  });
});

it("a series that would run past the year 9999 is refused, not cut short or crashed", () => {
  const start = new Date("9999-12-20T07:00:00Z");
  assert.deepEqual(repeatProblem({ frequency: "weekly", until: null, count: 10 }, start), {
    field: "count",
    key: "repeat_too_many",
  });
  assert.equal(repeatProblem({ frequency: "weekly", until: null, count: 2 }, start), null);
  assert.equal(expandRule("FREQ=WEEKLY;INTERVAL=1;COUNT=10", start).length, 2);
});
