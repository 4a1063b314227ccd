import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf } from "./figures.ts";
import { episode, job } from "./fixtures.test-support.ts";
import { quarterPeriod } from "./periods.ts";
import { currentRuleSet } from "./rule-sets.ts";
import { clientsBehind, emptySummary, mergeSummaries, summarise } from "./summarise.ts";

/**
 * One hand-computed table, 2025-Q3 (1.7.–30.9.2025), figures as of 15.10.2025. Every edge case of
 * the brief is one client:
 * a  on the caseload all quarter; a job since May held through it, plus a parallel job that ends
 *    the day it starts (1.8.), plus a set-aside (non-competitive) job that never counts.
 * b  agreement inside the quarter (10.8.), first employer contact 20.8. (10 days), first job 15.9.
 *    (36 days), still going on 15.10. (tenure censored at 31 days).
 * c  closed inside the quarter (31.8.); studies from 15.7.
 * d  re-entry: episode d1 closed 10.7., d2 agreed 1.9.; a work trial from 10.9. alone; no contact
 *    and no job yet (both censored at 44 days).
 * e  in work at the start (job change): the old job ends 19.7., the new one starts 20.7.
 * f  a pending referral and g a declined one, with jobs and dates: never counted.
 */
const period = quarterPeriod("2025-Q3");
const asOf = "2025-10-15";
const episodes = [
  episode("a", "a", {
    agreementDate: "2025-03-01",
    jobs: [
      job("2025-05-01", null, { hoursPerWeek: 20, hourlyWage: 13 }),
      job("2025-08-01", "2025-08-01", { hoursPerWeek: 10, hourlyWage: 15, endReason: "fixed_term_ended" }),
      job("2025-08-05", null, { competitive: false, hoursPerWeek: 40 }),
    ],
  }),
  episode("b", "b", {
    agreementDate: "2025-08-10",
    firstEmployerContactOn: "2025-08-20",
    jobs: [job("2025-09-15", null, { hoursPerWeek: 30 })],
  }),
  episode("c", "c", {
    agreementDate: "2025-01-05",
    closureDate: "2025-08-31",
    studies: [{ startDate: "2025-07-15", endDate: null }],
  }),
  episode("d1", "d", { agreementDate: "2024-06-01", closureDate: "2025-07-10" }),
  episode("d2", "d", {
    agreementDate: "2025-09-01",
    previousEpisodeId: "d1",
    workTrials: [{ startDate: "2025-09-10", endDate: "2025-09-30" }],
  }),
  episode("e", "e", {
    situationAtStart: "employed",
    agreementDate: "2025-02-01",
    jobs: [
      job("2019-01-01", "2025-07-19", { endReason: "resigned_for_better_job" }),
      job("2025-07-20", null),
    ],
  }),
  episode("f", "f", {
    referralDecision: "pending",
    decisionDate: null,
    agreementDate: "2025-08-01",
    jobs: [job("2025-08-02", null)],
  }),
  episode("g", "g", {
    referralDecision: "declined",
    agreementDate: "2025-08-01",
    studies: [{ startDate: "2025-08-02", endDate: null }],
  }),
];

const shared = {
  caseloadAtEnd: 4, // a, b, d (d2), e — c closed
  caseloadDuringPeriod: 5, // a, b, c, d, e — d once
  clientsIntoWork: 1, // b: a's and e's first competitive jobs began before the quarter
  jobStarts: 3, // a's 1.8., b's 15.9., e's 20.7. — the set-aside job does not count
  educationStarts: 1,
  workTrialStarts: 1,
  workingAtEnd: 3, // a, b, e
  newAgreements: 2, // b, d2
  closures: 2, // c, d1
  daysToFirstEmployerContact: [
    { days: 10, event: true },
    { days: 44, event: false },
  ],
  daysToFirstJob: [
    { days: 36, event: true },
    { days: 44, event: false },
  ],
  jobTenures: [
    { days: 1, event: true },
    { days: 31, event: false },
    { days: 88, event: false },
  ],
  hoursPerWeek: [10, 30],
  hourlyWages: [15],
  jobEndingsByReason: { fixed_term_ended: 1, resigned_for_better_job: 1 },
};

test("US Learning Community: the hand-computed quarter", () => {
  const ruleSet = currentRuleSet("us_learning_community");
  assert.deepEqual(summarise(episodes, { period, ruleSet, asOf }), {
    ruleSet,
    period,
    ...shared,
    employmentDenominator: 5,
    employedDuringPeriod: 3, // a, b, e
    progressed: 4, // a, b, e working; c studying; d's work trial alone does not count
  });
});

test("IPS Grow 2024: the in-work client leaves the denominator but keeps their job start", () => {
  const ruleSet = currentRuleSet("ips_grow_2024");
  assert.deepEqual(summarise(episodes, { period, ruleSet, asOf }), {
    ruleSet,
    period,
    ...shared,
    employmentDenominator: 4, // a, b, c, d
    employedDuringPeriod: 2, // a, b
    progressed: 3, // a, b, c
  });
});

test("the figures of the hand-computed quarter", () => {
  const f = figuresOf(
    summarise(episodes, { period, ruleSet: currentRuleSet("us_learning_community"), asOf }),
  );
  assert.equal(f.employmentRate.rate, 3 / 5);
  assert.equal(f.progressionRate.rate, 4 / 5);
  // Contacts: 10 days (event), 44 censored → S(10) = 1/2: median 10.
  assert.deepEqual(f.daysToFirstEmployerContact, { median: 10, n: 2, censored: 1 });
  // Contact within 30 days: b yes; d2 followed 44 days without one → 1/2.
  assert.deepEqual(
    [f.firstEmployerContactWithin30Days.numerator, f.firstEmployerContactWithin30Days.denominator],
    [1, 2],
  );
  assert.deepEqual(f.daysToFirstJob, { median: 36, n: 2, censored: 1 });
  // Tenures 1 (ended), 31 and 88 (still going): S(1) = 2/3 and no later event → not reached.
  assert.deepEqual(f.jobTenureDays, { median: null, n: 3, censored: 2 });
  // Lasting 90 days: only the 1-day job is known either way → 0/1.
  assert.deepEqual([f.jobsLasting90Days.numerator, f.jobsLasting90Days.denominator], [0, 1]);
  assert.equal(f.medianHoursPerWeek, 20);
  assert.equal(f.medianHourlyWage, 15);
});

test("the drill-down lists the clients behind each client count", () => {
  const opts = { period, ruleSet: currentRuleSet("ips_grow_2024"), asOf };
  const cases: Array<[Parameters<typeof clientsBehind>[0], string[]]> = [
    ["caseloadDuringPeriod", ["a", "b", "c", "d", "e"]],
    ["caseloadAtEnd", ["a", "b", "d", "e"]],
    ["employmentDenominator", ["a", "b", "c", "d"]],
    ["employedDuringPeriod", ["a", "b"]],
    ["clientsIntoWork", ["b"]],
    ["progressed", ["a", "b", "c"]],
    ["workingAtEnd", ["a", "b", "e"]],
  ];
  for (const [metric, clients] of cases)
    assert.deepEqual(clientsBehind(metric, episodes, opts), clients, metric);
});

test("closure on the period's first and last day", () => {
  const ruleSet = currentRuleSet("us_learning_community");
  const s = summarise(
    [
      episode("x", "x", { closureDate: "2025-07-01" }),
      episode("y", "y", { closureDate: "2025-09-30" }),
      episode("z", "z", { closureDate: "2025-06-30" }),
      episode("w", "w", { agreementDate: "2025-09-30" }),
      episode("v", "v", { agreementDate: "2025-10-01" }),
    ],
    { period, ruleSet, asOf },
  );
  // x closed on the first day was still served that day; y closed on the last day is not on the
  // caseload that evening (core/episodes/phase.ts); z closed before; w agreed on the last day; v after.
  assert.equal(s.caseloadDuringPeriod, 3);
  assert.equal(s.caseloadAtEnd, 1);
  assert.equal(s.closures, 2);
  assert.equal(s.newAgreements, 1);
});

test("merging needs one rule set and one period", () => {
  const us = currentRuleSet("us_learning_community");
  const a = summarise(episodes, { period, ruleSet: us, asOf });
  assert.deepEqual(mergeSummaries([], period, us), emptySummary(period, us));
  assert.deepEqual(mergeSummaries([a], period, us), a);
  assert.throws(() => mergeSummaries([a], period, currentRuleSet("ips_grow_2024")));
  assert.throws(() => mergeSummaries([a], quarterPeriod("2025-Q4"), us));
  assert.throws(() => summarise(episodes, { period, ruleSet: { id: "ips_grow_2024", version: 99 }, asOf }));
});
