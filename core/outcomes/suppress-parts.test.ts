import assert from "node:assert/strict";
import { test } from "node:test";
import type { OutcomeFiguresView } from "../contracts/outcomes.ts";
import { jobEndReasons } from "../jobs/competitive.ts";
import { figuresOf } from "./figures.ts";
import { type Random, seededRandom } from "./fixtures.test-support.ts";
import { quarterPeriod } from "./periods.ts";
import { currentRuleSet } from "./rule-sets.ts";
import { emptySummary, mergeSummaries } from "./summarise.ts";
import { presentFigures, suppressParts, suppressTable } from "./suppression.ts";
import type { OutcomeSummary } from "./types.ts";

const period = quarterPeriod("2025-Q3");
const ruleSet = currentRuleSet("us_learning_community");
const THRESHOLD = 5;

type Flat = { value: number | null; suppressed: false | "primary" | "complementary" };

/** Every additive cell of a view by path, found by walking it (independently of the code under test). */
function cells(v: OutcomeFiguresView): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const walk = (node: unknown, path: string) => {
    if (typeof node !== "object" || node === null) return;
    const o = node as Record<string, unknown>;
    if ("suppressed" in o && "value" in o) out.set(path, o as Flat);
    else if ("median" in o && "n" in o)
      out.set(`${path}.n`, {
        value: o.suppressed ? null : (o.n as number),
        suppressed: (o.suppressed as Flat["suppressed"]) ?? false,
      });
    else if (Array.isArray(node))
      for (const row of node as Array<{ reason: string; count: unknown }>)
        walk(row.count, `${path}.${row.reason}`);
    else for (const [k, child] of Object.entries(o)) walk(child, path ? `${path}.${k}` : k);
  };
  walk(v, "");
  return out;
}

/**
 * By brute force: for withheld cells adding up to `residual`, every value each can take given what
 * the rule tells an attacker (primary 1 … threshold−1; complementary 0 or ≥ threshold).
 */
function possibleValues(kinds: readonly ("primary" | "complementary")[], residual: number): Set<number>[] {
  const options = kinds.map(() => new Set<number>());
  const chosen: number[] = [];
  const values = (kind: "primary" | "complementary") =>
    kind === "primary"
      ? Array.from({ length: THRESHOLD - 1 }, (_, v) => v + 1)
      : [0, ...Array.from({ length: Math.max(0, residual - THRESHOLD + 1) }, (_, v) => v + THRESHOLD)];
  const go = (i: number, left: number) => {
    if (i === kinds.length) {
      if (left === 0) for (const [k, v] of chosen.entries()) options[k]?.add(v);
      return;
    }
    for (const v of values(kinds[i] as "primary" | "complementary")) {
      if (v > left) break;
      chosen[i] = v;
      go(i + 1, left - v);
    }
  };
  go(0, residual);
  return options;
}

/** Small counts are what suppression is about: most cells 0–8, some larger. */
const count = (r: Random) => (r.chance(0.75) ? r.int(0, 8) : r.int(9, 40));
function randomSummary(r: Random): OutcomeSummary {
  const denominator = count(r);
  const employed = r.int(0, denominator);
  const obs = () => Array.from({ length: count(r) }, () => ({ days: r.int(0, 120), event: r.chance(0.7) }));
  const endings: OutcomeSummary["jobEndingsByReason"] = {};
  for (const reason of jobEndReasons) if (r.chance(0.5)) endings[reason] = count(r);
  return {
    ...emptySummary(period, ruleSet),
    caseloadDuringPeriod: denominator,
    caseloadAtEnd: r.int(0, denominator),
    employmentDenominator: denominator,
    employedDuringPeriod: employed,
    progressed: r.int(employed, denominator),
    clientsIntoWork: count(r),
    jobStarts: count(r),
    educationStarts: count(r),
    workTrialStarts: count(r),
    workingAtEnd: count(r),
    newAgreements: count(r),
    closures: count(r),
    daysToFirstEmployerContact: obs(),
    daysToFirstJob: obs(),
    jobTenures: obs(),
    jobEndingsByReason: endings,
  };
}

test("an attacker subtracting shown parts from the shown total recovers no withheld cell", () => {
  const r = seededRandom(9);
  let tables = 0;
  let withheld = 0;
  let complementary = 0;
  let enumerated = 0;
  for (let i = 0; i < 400; i++) {
    const summaries = Array.from({ length: r.int(1, 6) }, () => randomSummary(r));
    const figures = summaries.map(figuresOf);
    const truth = figures.map((f) => cells(presentFigures(f, null)));
    const merged = figuresOf(mergeSummaries(summaries, period, ruleSet));
    const truthTotal = cells(presentFigures(merged, null));
    const table = suppressTable(
      figures.map((f) => presentFigures(f, THRESHOLD)),
      presentFigures(merged, THRESHOLD),
      THRESHOLD,
    );
    const shownTotal = cells(table.total);
    const parts = table.parts.map(cells);
    for (const [path, t] of shownTotal) {
      const column = parts.map((p) => p.get(path) as Flat);
      column.forEach((c, k) => {
        const value = truth[k]?.get(path)?.value as number;
        // Every small count is withheld, in every part and in the total.
        if (value > 0 && value < THRESHOLD)
          assert.notEqual(c.suppressed, false, `table ${i} part ${k} ${path}`);
        if (!c.suppressed) assert.equal(c.value, value, `table ${i} part ${k} ${path}`);
      });
      const totalValue = truthTotal.get(path)?.value as number;
      if (totalValue > 0 && totalValue < THRESHOLD)
        assert.notEqual(t.suppressed, false, `table ${i} total ${path}`);
      if (t.suppressed) continue;
      const shown = column.reduce((sum, c) => sum + (c.suppressed ? 0 : (c.value as number)), 0);
      const hidden = column.filter((c) => c.suppressed);
      // Subtracting: a withheld cell alone in its column would be exactly total − Σ shown.
      assert.notEqual(hidden.length, 1, `table ${i} ${path}: one withheld cell = total − shown`);
      withheld += hidden.length;
      complementary += hidden.filter((c) => c.suppressed === "complementary").length;
      // And the values the attacker can still think of include more than one for each.
      if (hidden.length > 0 && (t.value as number) - shown <= 60) {
        const kinds = hidden.map((c) => c.suppressed as "primary" | "complementary");
        for (const [k, options] of possibleValues(kinds, (t.value as number) - shown).entries())
          assert.ok(options.size > 1, `table ${i} ${path}: withheld cell ${k} can only be ${[...options]}`);
        enumerated += 1;
      }
    }
    // A rate never travels with a withheld count; a withheld median keeps no n.
    for (const v of [...table.parts, table.total]) {
      for (const k of [
        "employmentRate",
        "progressionRate",
        "firstEmployerContactWithin30Days",
        "jobsLasting90Days",
      ] as const)
        if (v[k].numerator.suppressed || v[k].denominator.suppressed)
          assert.deepEqual([v[k].rate, v[k].low, v[k].high], [null, null, null], `table ${i} ${k}`);
      for (const k of ["daysToFirstEmployerContact", "daysToFirstJob", "jobTenureDays"] as const)
        if (v[k].suppressed)
          assert.deepEqual([v[k].median, v[k].n, v[k].censored], [null, 0, 0], `table ${i} ${k}`);
    }
    for (const [k, p] of parts.entries()) {
      // One withheld job-ending reason alone only when every other reason is 0 (nothing to pair with).
      const endings = [...p].filter(([path]) => path.startsWith("jobEndingsByReason."));
      if (endings.filter(([, c]) => c.suppressed).length === 1)
        assert.ok(
          endings.every(([, c]) => c.suppressed || c.value === 0),
          `table ${i} part ${k}: one lone withheld job-ending reason`,
        );
    }
    tables += 1;
  }
  assert.equal(tables, 400);
  assert.ok(withheld > 1000 && complementary > 200, `withheld ${withheld}, complementary ${complementary}`);
  assert.ok(enumerated > 1000, `only ${enumerated} columns enumerated`);
});

test("cells pinned down by the rule's bounds are protected too, by the total when nothing else is left", () => {
  const table = (employed: number[]) => {
    const s = employed.map((e) => ({
      ...emptySummary(period, ruleSet),
      caseloadDuringPeriod: 20,
      employmentDenominator: 20,
      employedDuringPeriod: e,
    }));
    return suppressTable(
      s.map((x) => presentFigures(figuresOf(x), THRESHOLD)),
      presentFigures(figuresOf(mergeSummaries(s, period, ruleSet)), THRESHOLD),
      THRESHOLD,
    );
  };
  const numerators = (t: ReturnType<typeof table>) => [
    ...t.parts.map((p) => p.employmentRate.numerator.suppressed),
    t.total.employmentRate.numerator.suppressed,
  ];
  // 1 + 5 = 6: with both parts withheld, 6 = a primary (1–4) + a shown-before count (0 or ≥ 5) has
  // one answer, 1 + 5; only withholding the total protects the 1.
  assert.deepEqual(numerators(table([1, 5])), ["primary", "complementary", "complementary"]);
  assert.equal(table([1, 5]).total.employmentRate.rate, null);
  // 1 + 1 + 10 = 12: the two primary cells would have to be 1 and 1, so the 10 is withheld too.
  assert.deepEqual(numerators(table([1, 1, 10])), ["primary", "primary", "complementary", false]);
  // 2 + 3 + 10 = 15: 5 = 1 + 4 = 2 + 3 = …, nothing more to withhold.
  assert.deepEqual(numerators(table([2, 3, 10])), ["primary", "primary", false, false]);
});

test("a part's rate goes with a withheld count; a hand-made table", () => {
  const summary = (d: number, e: number): OutcomeSummary => ({
    ...emptySummary(period, ruleSet),
    caseloadDuringPeriod: d,
    employmentDenominator: d,
    employedDuringPeriod: e,
    progressed: e,
  });
  // Employed 2, 6, 9 of 10, 12, 20: 2 is withheld; 6 is the smallest other shown, so withheld too.
  const s = [summary(10, 2), summary(12, 6), summary(20, 9)];
  const total = presentFigures(figuresOf(mergeSummaries(s, period, ruleSet)), THRESHOLD);
  const parts = suppressParts(
    s.map((x) => presentFigures(figuresOf(x), THRESHOLD)),
    total,
    THRESHOLD,
  );
  assert.deepEqual(
    parts.map((p) => [p.employmentRate.numerator, p.employmentRate.rate]),
    [
      [{ value: null, suppressed: "primary" }, null],
      [{ value: null, suppressed: "complementary" }, null],
      [{ value: 9, suppressed: false }, 9 / 20],
    ],
  );
  // Nothing withheld without a threshold; the input views are not changed.
  const plain = s.map((x) => presentFigures(figuresOf(x), THRESHOLD));
  const copy = structuredClone(plain);
  suppressParts(plain, total, THRESHOLD);
  assert.deepEqual(plain, copy);
  assert.deepEqual(suppressParts(copy, total, null), copy);
});
