import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf } from "./figures.ts";
import { episode, job } from "./fixtures.test-support.ts";
import { quarterPeriod } from "./periods.ts";
import { currentRuleSet } from "./rule-sets.ts";
import { summarise } from "./summarise.ts";
import type { EpisodeOutcomeFacts } from "./types.ts";

const period = quarterPeriod("2025-Q1"); // 1.1.–31.3.2025
const us = { period, ruleSet: currentRuleSet("us_learning_community"), asOf: "2025-04-30" };

test("times from the agreement: events, censoring at closure or as-of, never negative", () => {
  const cases: Array<
    [string, Partial<EpisodeOutcomeFacts>, { contact: [number, boolean]; job: [number, boolean] }]
  > = [
    // Contact 31 days after 1.1., job on 1.3. (59 days).
    [
      "both happen",
      { firstEmployerContactOn: "2025-02-01", jobs: [job("2025-03-01", null)] },
      { contact: [31, true], job: [59, true] },
    ],
    // A contact or job found before the agreement was signed: 0 days, not negative.
    [
      "before the agreement",
      { firstEmployerContactOn: "2024-12-20", jobs: [job("2024-12-28", null)] },
      { contact: [0, true], job: [0, true] },
    ],
    // Closed 15.2. with neither: censored at the closure, 45 days.
    ["closed without", { closureDate: "2025-02-15" }, { contact: [45, false], job: [45, false] }],
    // Neither by the as-of date 30.4.: censored at 119 days.
    ["still waiting", {}, { contact: [119, false], job: [119, false] }],
    // Recorded after the as-of date: not yet happened as of it.
    [
      "after as-of",
      { firstEmployerContactOn: "2025-05-02", jobs: [job("2025-05-05", null)] },
      { contact: [119, false], job: [119, false] },
    ],
    // Only a non-competitive job: no first job.
    [
      "set-aside job",
      { jobs: [job("2025-01-10", null, { competitive: false })] },
      { contact: [119, false], job: [119, false] },
    ],
    // The first competitive job is the earliest start, not the first listed.
    [
      "earliest start",
      { jobs: [job("2025-03-01", null), job("2025-01-21", "2025-01-31")] },
      { contact: [119, false], job: [20, true] },
    ],
  ];
  for (const [name, facts, expected] of cases) {
    const s = summarise([episode("e", "c", { agreementDate: "2025-01-01", ...facts })], us);
    assert.deepEqual(
      s.daysToFirstEmployerContact,
      [{ days: expected.contact[0], event: expected.contact[1] }],
      name,
    );
    assert.deepEqual(s.daysToFirstJob, [{ days: expected.job[0], event: expected.job[1] }], name);
  }
  assert.equal(cases.length, 7);
  // An agreement before the period is not in these samples at all.
  assert.deepEqual(summarise([episode("e", "c", { agreementDate: "2024-12-31" })], us).daysToFirstJob, []);
});

test("tenure counts both ends, censors at as-of, and 90 days means 90 days held", () => {
  const cases: Array<[string, string, string | null, [number, boolean] | null]> = [
    ["ends the day it starts", "2025-01-10", "2025-01-10", [1, true]],
    // 1.1.–31.3.2025 is 90 days held.
    ["exactly 90 days", "2025-01-01", "2025-03-31", [90, true]],
    ["89 days", "2025-01-01", "2025-03-30", [89, true]],
    // Still going: 1.2.–30.4. counted to the as-of date, 89 days.
    ["still going", "2025-02-01", null, [89, false]],
    // An end recorded after the as-of date (a known fixed term) is not an ending yet.
    ["ends after as-of", "2025-02-01", "2025-06-30", [89, false]],
    // Started before the period: not this period's tenure.
    ["started before", "2024-12-31", null, null],
  ];
  const jobs = cases.map(([, start, end]) => job(start, end));
  const s = summarise([episode("e", "c", { jobs })], us);
  assert.deepEqual(
    s.jobTenures,
    cases.flatMap(([, , , t]) => (t ? [{ days: t[0], event: t[1] }] : [])),
  );
  const f = figuresOf(s);
  // Known either way: the three that ended (90 yes; 1 and 89 no). Still going at 89: not yet known.
  assert.deepEqual([f.jobsLasting90Days.numerator, f.jobsLasting90Days.denominator], [1, 3]);
  // KM: 1 (5 at risk) → 4/5; 89: 1 event of 4 at risk → 3/5, the two censored 89s leave; 90: 1 of 1 → 0.
  assert.deepEqual(f.jobTenureDays, { median: 90, n: 5, censored: 2 });
  // Endings in the period: the 1-day, 89- and 90-day jobs; missing reasons count as "other".
  assert.deepEqual(s.jobEndingsByReason, { other: 3 });
});

test("IPS Grow with a re-entry: only the out-of-work episode's jobs count in the rate", () => {
  const grow = { ...us, ruleSet: currentRuleSet("ips_grow_2024") };
  const episodes = [
    // First episode: in work at the start (retention), closed 31.1.; its job counts in job starts only.
    episode("r1", "c", {
      situationAtStart: "sick_leave",
      agreementDate: "2024-10-01",
      closureDate: "2025-01-31",
      jobs: [job("2025-01-15", null)],
    }),
    // Re-entry out of work from 1.3., no job yet.
    episode("r2", "c", {
      situationAtStart: "unemployed",
      agreementDate: "2025-03-01",
      previousEpisodeId: "r1",
    }),
  ];
  const s = summarise(episodes, grow);
  assert.deepEqual(
    [s.caseloadDuringPeriod, s.employmentDenominator, s.employedDuringPeriod, s.jobStarts, s.clientsIntoWork],
    [1, 1, 0, 1, 1],
  );
  const u = summarise(episodes, us);
  assert.deepEqual([u.employmentDenominator, u.employedDuringPeriod], [1, 1]);
});
