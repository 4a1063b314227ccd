import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf } from "./figures.ts";
import { quarterPeriod } from "./periods.ts";
import { currentRuleSet } from "./rule-sets.ts";
import { emptySummary } from "./summarise.ts";
import { MIN_SUPPRESSION_THRESHOLD, presentFigures } from "./suppression.ts";
import type { OutcomeSummary } from "./types.ts";

const period = quarterPeriod("2025-Q3");
const ruleSet = currentRuleSet("us_learning_community");
const summaryOf = (s: Partial<OutcomeSummary>): OutcomeSummary => ({
  ...emptySummary(period, ruleSet),
  ...s,
});
const events = (n: number, days = 10) => Array.from({ length: n }, () => ({ days, event: true }));

test("no threshold shows everything; a threshold below the minimum is refused", () => {
  const f = figuresOf(
    summaryOf({ caseloadDuringPeriod: 3, employmentDenominator: 3, employedDuringPeriod: 1 }),
  );
  const v = presentFigures(f, null);
  assert.deepEqual(v.caseloadDuringPeriod, { value: 3, suppressed: false });
  assert.equal(v.employmentRate.rate, 1 / 3);
  assert.throws(() => presentFigures(f, MIN_SUPPRESSION_THRESHOLD - 1));
  assert.throws(() => presentFigures(f, 5.5));
  assert.doesNotThrow(() => presentFigures(f, MIN_SUPPRESSION_THRESHOLD));
});

test("primary suppression: 1–4 withheld, 0 and 5+ shown, rates and medians with them", () => {
  const f = figuresOf(
    summaryOf({
      caseloadDuringPeriod: 12,
      caseloadAtEnd: 4,
      clientsIntoWork: 0,
      jobStarts: 5,
      employmentDenominator: 12,
      employedDuringPeriod: 3,
      progressed: 6,
      daysToFirstJob: events(4),
      daysToFirstEmployerContact: events(5),
      hoursPerWeek: [10, 20, 30, 40],
      hourlyWages: [10, 11, 12, 13, 14],
      jobEndingsByReason: { health: 2, dismissed: 6, laid_off: 9 },
    }),
  );
  const v = presentFigures(f, 5);
  assert.deepEqual(v.caseloadDuringPeriod, { value: 12, suppressed: false });
  assert.deepEqual(v.caseloadAtEnd, { value: null, suppressed: "primary" });
  assert.deepEqual(v.clientsIntoWork, { value: 0, suppressed: false });
  assert.deepEqual(v.jobStarts, { value: 5, suppressed: false });
  // 3/12: the rate and the shown 12 would give the 3 away.
  assert.deepEqual(v.employmentRate, {
    numerator: { value: null, suppressed: "primary" },
    denominator: { value: 12, suppressed: false },
    rate: null,
    low: null,
    high: null,
  });
  assert.equal(v.progressionRate.rate, 0.5);
  assert.deepEqual(v.daysToFirstJob, { median: null, n: 0, censored: 0, suppressed: "primary" });
  assert.deepEqual(v.daysToFirstEmployerContact, { median: 10, n: 5, censored: 0 });
  assert.equal(v.medianHoursPerWeek, null);
  assert.equal(v.medianHourlyWage, 12);
  // health 2 is withheld; the smallest other non-zero reason (dismissed 6) is withheld with it.
  const endings = Object.fromEntries(v.jobEndingsByReason.map((r) => [r.reason, r.count]));
  assert.deepEqual(endings.health, { value: null, suppressed: "primary" });
  assert.deepEqual(endings.dismissed, { value: null, suppressed: "complementary" });
  assert.deepEqual(endings.laid_off, { value: 9, suppressed: false });
  assert.deepEqual(endings.other, { value: 0, suppressed: false });
  assert.equal(v.jobEndingsByReason.length, 8);
});
