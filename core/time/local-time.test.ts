import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { helsinkiLocalToIso, helsinkiWallClock } from "./local-time.ts";

describe("helsinkiLocalToIso", () => {
  const cases: [string, string | null][] = [
    ["2026-01-15T09:30", "2026-01-15T07:30:00.000Z"], // winter, UTC+2
    ["2026-07-01T00:00", "2026-06-30T21:00:00.000Z"], // summer, UTC+3
    ["2026-03-29T04:30", "2026-03-29T01:30:00.000Z"], // just after the spring change
    ["", null],
    ["not a date", null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(helsinkiLocalToIso(input), expected));
  }
});

describe("helsinkiWallClock", () => {
  const cases: Array<[string, { date: string; time: string; seconds: string }]> = [
    ["2026-12-07T08:00:05Z", { date: "2026-12-07", time: "10:00", seconds: "05" }],
    ["2026-07-01T21:30:00Z", { date: "2026-07-02", time: "00:30", seconds: "00" }],
    ["2026-03-29T01:00:00Z", { date: "2026-03-29", time: "04:00", seconds: "00" }],
  ];
  for (const [instant, expected] of cases)
    it(`${instant} → ${expected.date} ${expected.time}`, () =>
      assert.deepEqual(helsinkiWallClock(new Date(instant)), expected));
});
