import assert from "node:assert/strict";
import { test } from "node:test";
import { seededRandom } from "./fixtures.test-support.ts";
import { kaplanMeierMedian, median } from "./survival.ts";
import type { SurvivalObservation } from "./types.ts";

const obs = (...xs: Array<[number, boolean]>): SurvivalObservation[] =>
  xs.map(([days, event]) => ({ days, event }));

test("Kaplan–Meier medians with censoring, worked by hand", () => {
  const cases: Array<[string, SurvivalObservation[], number | null]> = [
    ["nobody", [], null],
    // No censoring: S(2) = 2/4 → the lower median 2.
    ["1,2,3,4 all events", obs([1, true], [2, true], [3, true], [4, true]), 2],
    // S(5) = 4/5, 10 censored leaves 3 at risk, S(20) = 4/5 · 2/3 = 0.533, S(30) = 0.533 · 1/2 = 0.267.
    ["censored before the median", obs([5, true], [10, false], [20, true], [30, true], [40, false]), 30],
    // Same times without the censoring: S(20) = 3/5 · … : S(5)=.8, S(10)=.6, S(20)=.4 → 20.
    ["same times, all events", obs([5, true], [10, true], [20, true], [30, true], [40, true]), 20],
    // Only one of three had the event: S(3) = 2/3, never ≤ 1/2 → not reached.
    ["not reached", obs([3, true], [50, false], [60, false]), null],
    // Ties: at 7 two events of 4 at risk → S = 1/2 exactly.
    ["tied events", obs([7, true], [7, true], [9, true], [12, false]), 7],
    // A censoring at the event time is still at risk then: S(7) = 1 − 1/2 = 1/2.
    ["censored at an event time", obs([7, true], [7, false]), 7],
    // 3/4 · 2/3 = 1/2 through floating point.
    ["one half by rounding", obs([1, true], [2, true], [3, false], [4, false]), 2],
  ];
  for (const [name, o, expected] of cases) {
    const m = kaplanMeierMedian(o);
    assert.equal(m.median, expected, name);
    assert.equal(m.n, o.length, name);
    assert.equal(m.censored, o.filter((x) => !x.event).length, name);
  }
});

test("the ordinary median of hours and wages", () => {
  const cases: Array<[number[], number | null]> = [
    [[], null],
    [[7], 7],
    [[30, 10], 20],
    [[12.5, 40, 20], 20],
  ];
  for (const [xs, expected] of cases) assert.equal(median(xs), expected, JSON.stringify(xs));
});

test("without censoring the Kaplan–Meier median is the lower median; censoring only ever adds", () => {
  const r = seededRandom(77);
  let cases = 0;
  for (let i = 0; i < 300; i++) {
    const days = Array.from({ length: r.int(1, 30) }, () => r.int(0, 60));
    const sorted = [...days].sort((a, b) => a - b);
    const all = kaplanMeierMedian(days.map((d) => ({ days: d, event: true })));
    assert.equal(all.median, sorted[Math.ceil(sorted.length / 2) - 1], `case ${i}`);
    // Turning events into censorings never makes the median earlier (the event has not happened yet).
    const some = kaplanMeierMedian(days.map((d) => ({ days: d, event: r.chance(0.6) })));
    assert.ok(some.median === null || some.median >= (all.median as number), `case ${i}`);
    cases += 1;
  }
  assert.equal(cases, 300);
});

/** The Kaplan–Meier median as first written (a map per distinct time), the reference for the faster one. */
function referenceMedian(o: readonly SurvivalObservation[]): number | null {
  const atTime = new Map<number, { events: number; leaving: number }>();
  for (const x of o) {
    const t = atTime.get(x.days) ?? { events: 0, leaving: 0 };
    t.leaving += 1;
    if (x.event) t.events += 1;
    atTime.set(x.days, t);
  }
  let atRisk = o.length;
  let survival = 1;
  for (const [t, { events, leaving }] of [...atTime].sort((a, b) => a[0] - b[0])) {
    if (events > 0) {
      survival *= 1 - events / atRisk;
      if (survival <= 0.5 + 1e-12) return t;
    }
    atRisk -= leaving;
  }
  return null;
}

test("the sorted-array Kaplan–Meier median equals the per-time map it replaced, ties and censoring included", () => {
  const r = seededRandom(2026);
  for (let i = 0; i < 500; i++) {
    const o = Array.from({ length: r.int(0, 80) }, () => ({ days: r.int(0, 40), event: r.chance(0.5) }));
    assert.equal(kaplanMeierMedian(o).median, referenceMedian(o), `case ${i}`);
  }
});
