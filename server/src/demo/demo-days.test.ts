import assert from "node:assert/strict";
import { test } from "node:test";
import { helsinkiInstant, workday } from "./demo-days.ts";

test("the demo week's days skip weekends: the past moves back to Friday, the rest on to Monday", () => {
  // 2026-12-07 is a Monday, 2026-12-12 a Saturday, 2026-12-13 a Sunday.
  const cases: Array<[string, number, string]> = [
    ["2026-12-07", 0, "2026-12-07"],
    ["2026-12-07", -1, "2026-12-04"],
    ["2026-12-07", -2, "2026-12-04"],
    ["2026-12-07", -3, "2026-12-04"],
    ["2026-12-07", 4, "2026-12-11"],
    ["2026-12-11", 1, "2026-12-14"],
    ["2026-12-11", 2, "2026-12-14"],
    ["2026-12-12", 0, "2026-12-14"],
    ["2026-12-13", -1, "2026-12-11"],
  ];
  for (const [today, days, expected] of cases)
    assert.equal(workday(today, days), expected, `${today} ${days}`);
});

test("a wall-clock time in Finland is read in winter and in summer time", () => {
  assert.equal(helsinkiInstant("2026-12-07", "10:00").toISOString(), "2026-12-07T08:00:00.000Z");
  assert.equal(helsinkiInstant("2026-07-01", "10:00").toISOString(), "2026-07-01T07:00:00.000Z");
});
