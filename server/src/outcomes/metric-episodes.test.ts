import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { outcomeDrillDown } from "../../../core/contracts/outcomes.ts";
import { quarterPeriod } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { summarise } from "../../../core/outcomes/summarise.ts";
import type { EpisodeOutcomeFacts } from "../../../core/outcomes/types.ts";
import { clientsCountedBy } from "./metric-episodes.ts";

/** The drill-down's list for every metric of the contract, by hand, and against the summary. */
const base: EpisodeOutcomeFacts = {
  episodeId: "e",
  clientId: "c",
  organisationId: "o",
  teamId: "t",
  coachUserId: null,
  referralDate: "2025-01-01",
  referralDecision: "accepted",
  decisionDate: "2025-01-02",
  situationAtStart: "unemployed",
  agreementDate: "2025-02-01",
  closureDate: null,
  firstEmployerContactOn: null,
  previousEpisodeId: null,
  jobs: [],
  studies: [],
  workTrials: [],
};
const job = (startDate: string, endDate: string | null = null, competitive = true) => ({
  startDate,
  endDate,
  competitive,
  hoursPerWeek: 20,
  hourlyWage: 13,
  endReason: endDate ? ("fixed_term_ended" as const) : null,
});
const episodes: EpisodeOutcomeFacts[] = [
  // a: two jobs started in Q3, still working.
  { ...base, episodeId: "ea", clientId: "a", jobs: [job("2025-07-10"), job("2025-08-01")] },
  // b: a job from before the quarter that ended in it; a work trial started in it.
  {
    ...base,
    episodeId: "eb",
    clientId: "b",
    jobs: [job("2025-05-01", "2025-07-31")],
    workTrials: [{ startDate: "2025-08-01", endDate: null }],
  },
  // c: an agreement and a study in the quarter, then closed in it.
  {
    ...base,
    episodeId: "ec",
    clientId: "c",
    agreementDate: "2025-07-05",
    closureDate: "2025-09-20",
    studies: [{ startDate: "2025-08-15", endDate: null }],
  },
  // d: only a set-aside job (not competitive): counted in nothing but the caseload.
  { ...base, episodeId: "ed", clientId: "d", jobs: [job("2025-08-01", null, false)] },
  // e: closed before the quarter: in nothing.
  { ...base, episodeId: "ee", clientId: "e", closureDate: "2025-06-30", jobs: [job("2025-07-01")] },
];
const options = {
  period: quarterPeriod("2025-Q3"),
  ruleSet: currentRuleSet("us_learning_community"),
  asOf: "2025-12-01",
};

describe("the clients behind each number", () => {
  const expected: Record<(typeof outcomeDrillDown.shape.metric.options)[number], string[]> = {
    caseloadDuringPeriod: ["a", "b", "c", "d"],
    employedDuringPeriod: ["a", "b"],
    clientsIntoWork: ["a"],
    jobStarts: ["a"],
    educationStarts: ["c"],
    workTrialStarts: ["b"],
    progressed: ["a", "b", "c"],
    workingAtEnd: ["a"],
    newAgreements: ["c"],
    closures: ["c"],
  };

  test("by hand, for every metric of the contract", () => {
    const metrics = outcomeDrillDown.shape.metric.options;
    for (const metric of metrics)
      assert.deepEqual(clientsCountedBy(metric, episodes, options), expected[metric], metric);
    assert.equal(metrics.length, 10);
  });

  test("a client count lists as many people as the figure; an event count at most as many", () => {
    const summary = summarise(episodes, options);
    for (const metric of outcomeDrillDown.shape.metric.options) {
      const listed = clientsCountedBy(metric, episodes, options).length;
      if (metric === "jobStarts") assert.equal(summary.jobStarts, 2, "two starts, one person");
      assert.ok(listed <= summary[metric], metric);
      if (!["jobStarts", "educationStarts", "workTrialStarts", "newAgreements", "closures"].includes(metric))
        assert.equal(listed, summary[metric], metric);
    }
  });
});
