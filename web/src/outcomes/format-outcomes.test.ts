import assert from "node:assert/strict";
import { test } from "node:test";
import { formatCount, formatEuro, formatPercent, formatPercentRange } from "./format-outcomes.ts";
import { finishedQuarter, lastFullQuarter, quartersBefore } from "./quarters.ts";

const nbsp = "\u00a0";

test("percentages follow the language: comma and a non-breaking space in Finnish and Swedish", () => {
  const cases: [Parameters<typeof formatPercent>, string][] = [
    [[1 / 3, "fi", 1], `33,3${nbsp}%`],
    [[1 / 3, "sv", 1], `33,3${nbsp}%`],
    [[1 / 3, "en", 1], "33.3%"],
    [[0.3, "fi"], `30${nbsp}%`],
  ];
  for (const [args, expected] of cases) assert.equal(formatPercent(...args), expected, String(args));
  assert.equal(cases.length, 4);
});

test("an interval names the unit once", () => {
  assert.equal(formatPercentRange(0.25, 0.42, "fi"), `25–42${nbsp}%`);
  assert.equal(formatPercentRange(0.25, 0.42, "en"), "25–42%");
});

test("counts and euros use the language's separators", () => {
  assert.equal(formatCount(1234.5, "fi"), `1${nbsp}234,5`);
  assert.equal(formatCount(1234.5, "en"), "1,234.5");
  assert.equal(formatEuro(12.5, "fi"), `12,50${nbsp}€`);
});

test("the default period is the last quarter that has ended, in Finnish time", () => {
  const cases: [string, string][] = [
    ["2026-12-04T12:00:00Z", "2026-Q3"],
    ["2026-01-01T12:00:00Z", "2025-Q4"],
    // 23:30 UTC on 31 March is already 1 April in Helsinki: Q1 has ended.
    ["2026-03-31T23:30:00Z", "2026-Q1"],
    ["2026-07-15T00:00:00Z", "2026-Q2"],
  ];
  for (const [now, expected] of cases) assert.equal(lastFullQuarter(new Date(now)), expected, now);
  assert.equal(cases.length, 4);
});

test("quarters run back across years, newest first", () => {
  assert.deepEqual(quartersBefore("2026-Q2", 4), ["2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
  assert.deepEqual(quartersBefore("nonsense", 4), []);
});

test("the picker offers finished quarters only: a running, future or malformed quarter becomes the last finished", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  const cases: [string | null, string][] = [
    ["2026-Q3", "2026-Q3"],
    ["2019-Q1", "2019-Q1"],
    ["2026-Q4", "2026-Q3"],
    ["2031-Q2", "2026-Q3"],
    ["2026-Q5", "2026-Q3"],
    [null, "2026-Q3"],
  ];
  for (const [label, expected] of cases) assert.equal(finishedQuarter(label, now), expected, String(label));
  assert.equal(cases.length, 6);
  assert.ok(quartersBefore(lastFullQuarter(now), 12).every((q) => finishedQuarter(q, now) === q));
});
