import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultCompetitiveRules, isCompetitive, type JobFacts } from "./competitive.ts";

const job: JobFacts = { contractType: "open_ended", hourlyWage: 13.5, wageSubsidy: false, setAside: false };

test("competitive: paid and open to anyone", () => {
  const cases: Array<[Partial<JobFacts>, boolean]> = [
    [{}, true],
    [{ contractType: "fixed_term" }, true],
    [{ contractType: "apprenticeship" }, true],
    [{ contractType: "self_employed", hourlyWage: null }, true],
    [{ hourlyWage: null }, false],
    [{ hourlyWage: 0 }, false],
    [{ setAside: true }, false],
    [{ wageSubsidy: true }, true],
  ];
  for (const [facts, expected] of cases)
    assert.equal(isCompetitive({ ...job, ...facts }), expected, JSON.stringify(facts));
});

test("the stricter rule set excludes subsidised jobs", () => {
  const strict = { ...defaultCompetitiveRules, subsidisedCountsAsCompetitive: false };
  assert.equal(isCompetitive({ ...job, wageSubsidy: true }, strict), false);
  assert.equal(isCompetitive(job, strict), true);
});
