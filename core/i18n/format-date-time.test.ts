import assert from "node:assert/strict";
import { test } from "node:test";
import { formatTimeRange } from "./format-date-time.ts";

test("an appointment's times are written by one formatter per language", () => {
  // 9.00–10.00 Finnish time in December (UTC+2); and across the summer-time change in March.
  const cases: Array<[string, string, "fi" | "sv" | "en", string]> = [
    ["2026-12-07T07:00:00Z", "2026-12-07T08:00:00Z", "fi", "9.00–10.00"],
    ["2026-12-07T07:00:00Z", "2026-12-07T08:00:00Z", "sv", "9.00–10.00"],
    ["2026-12-07T07:00:00Z", "2026-12-07T08:00:00Z", "en", "09:00–10:00"],
    ["2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "fi", "2.30–4.30"],
  ];
  for (const [start, end, locale, want] of cases) assert.equal(formatTimeRange(start, end, locale), want);
});
