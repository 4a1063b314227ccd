import assert from "node:assert/strict";
import { test } from "node:test";
import { lastFullQuarter, quarterOf, quarterPeriod, quartersEnding, shiftQuarter } from "./periods.ts";

test("a quarter label is its calendar days, both ends included", () => {
  const cases: Array<[string, string, string]> = [
    ["2025-Q1", "2025-01-01", "2025-03-31"],
    ["2025-Q2", "2025-04-01", "2025-06-30"],
    ["2025-Q3", "2025-07-01", "2025-09-30"],
    ["2025-Q4", "2025-10-01", "2025-12-31"],
  ];
  for (const [label, from, to] of cases) assert.deepEqual(quarterPeriod(label), { from, to, label });
  for (const bad of ["2025-Q5", "2025Q1", "2025-q1", "25-Q1", ""])
    assert.throws(() => quarterPeriod(bad), bad);
});

test("the last full quarter is the one before today's", () => {
  const cases: Array<[string, string]> = [
    ["2026-01-01", "2025-Q4"],
    ["2025-12-31", "2025-Q3"],
    ["2025-10-01", "2025-Q3"],
    ["2025-09-30", "2025-Q2"],
    ["2025-04-15", "2025-Q1"],
  ];
  for (const [today, label] of cases) assert.equal(lastFullQuarter(today), label, today);
  assert.equal(quarterOf("2024-02-29"), "2024-Q1");
  assert.equal(shiftQuarter("2025-Q1", -1), "2024-Q4");
  assert.equal(shiftQuarter("2024-Q4", 5), "2026-Q1");
});

test("a trend is the quarters ending with the chosen one, oldest first", () => {
  assert.deepEqual(
    quartersEnding("2025-Q2", 4).map((p) => p.label),
    ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"],
  );
  assert.deepEqual(quartersEnding("2025-Q2", 1), [quarterPeriod("2025-Q2")]);
  assert.throws(() => quartersEnding("2025-Q2", 0));
});
