import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, daysBetween } from "./dates.ts";

test("addDays moves a calendar date across months, years and leap days", () => {
  const cases: Array<[string, number, string]> = [
    ["2026-12-07", 0, "2026-12-07"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-28", 2, "2026-03-30"],
    ["2026-12-07", -400, "2025-11-02"],
  ];
  for (const [date, days, expected] of cases) {
    assert.equal(addDays(date, days), expected, `${date} ${days}`);
    assert.equal(daysBetween(date, expected), days);
  }
});
