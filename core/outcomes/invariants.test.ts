import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf } from "./figures.ts";
import { randomEpisodes, seededRandom } from "./fixtures.test-support.ts";
import { quarterPeriod } from "./periods.ts";
import { currentRuleSet } from "./rule-sets.ts";
import { clientMetrics, clientsBehind, summarise } from "./summarise.ts";
import { outcomeRuleSetIds, type Proportion } from "./types.ts";

function assertProportion(p: Proportion, what: string): void {
  assert.ok(p.numerator <= p.denominator, `${what}: ${p.numerator} > ${p.denominator}`);
  if (p.denominator === 0) {
    assert.deepEqual([p.rate, p.low, p.high], [null, null, null], what);
    return;
  }
  assert.ok(p.rate !== null && p.low !== null && p.high !== null, what);
  assert.ok(
    0 <= p.low && p.low <= p.rate && p.rate <= p.high && p.high <= 1,
    `${what}: ${p.low} ${p.rate} ${p.high}`,
  );
}

test("figures keep their invariants on generated caseloads", () => {
  const r = seededRandom(4242);
  let cases = 0;
  for (let i = 0; i < 150; i++) {
    const episodes = randomEpisodes(r, "c", r.int(0, 25));
    const period = quarterPeriod(r.pick(["2024-Q3", "2025-Q1", "2025-Q2", "2025-Q4"]));
    for (const id of outcomeRuleSetIds) {
      const s = summarise(episodes, { period, ruleSet: currentRuleSet(id), asOf: "2026-01-20" });
      const f = figuresOf(s);
      const what = `case ${i} ${id}`;
      for (const k of [
        "employmentRate",
        "progressionRate",
        "firstEmployerContactWithin30Days",
        "jobsLasting90Days",
      ] as const)
        assertProportion(f[k], `${what} ${k}`);
      assert.ok(s.caseloadAtEnd <= s.caseloadDuringPeriod, what);
      assert.ok(s.employmentDenominator <= s.caseloadDuringPeriod, what);
      assert.ok(s.employedDuringPeriod <= s.progressed, what);
      assert.ok(s.clientsIntoWork <= s.jobStarts, what);
      assert.ok(
        s.clientsIntoWork <= s.caseloadDuringPeriod && s.workingAtEnd <= s.caseloadDuringPeriod,
        what,
      );
      if (id === "us_learning_community") {
        // Everyone served is in the denominator; starting or holding a job on the last day is working in the quarter.
        assert.equal(s.employmentDenominator, s.caseloadDuringPeriod, what);
        assert.ok(
          s.clientsIntoWork <= s.employedDuringPeriod && s.workingAtEnd <= s.employedDuringPeriod,
          what,
        );
      }
      assert.equal(s.daysToFirstEmployerContact.length, s.newAgreements, what);
      assert.equal(s.daysToFirstJob.length, s.newAgreements, what);
      assert.ok(s.jobTenures.length <= s.jobStarts && s.hoursPerWeek.length <= s.jobStarts, what);
      for (const o of [...s.daysToFirstEmployerContact, ...s.daysToFirstJob]) assert.ok(o.days >= 0, what);
      for (const o of s.jobTenures) assert.ok(o.days >= 1, what);
      for (const m of [f.daysToFirstEmployerContact, f.daysToFirstJob, f.jobTenureDays])
        assert.ok(m.censored <= m.n && (m.median === null || m.median >= 0), what);
      // The drill-down lists exactly the clients counted.
      for (const metric of clientMetrics)
        assert.equal(
          clientsBehind(metric, episodes, { period, ruleSet: currentRuleSet(id), asOf: "2026-01-20" }).length,
          s[metric],
          what,
        );
      cases += 1;
    }
  }
  assert.equal(cases, 300);
});
