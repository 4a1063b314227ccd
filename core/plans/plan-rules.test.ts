import assert from "node:assert/strict";
import { test } from "node:test";
import { employerReferences, futureDates, planDateField } from "./plan-rules.ts";

test("employer references are found with their field paths, only where a plan has them", () => {
  const cases: Array<
    [Parameters<typeof employerReferences>[0], Record<string, unknown>, Array<[string, string]>]
  > = [
    [
      "job_search_plan",
      { targetEmployers: [{ name: "A" }, { employerId: "e1", name: "B" }] },
      [["content.targetEmployers.1.employerId", "e1"]],
    ],
    [
      "disclosure_plan",
      { entries: [{ employerId: "e2", employerName: "C" }] },
      [["content.entries.0.employerId", "e2"]],
    ],
    ["disclosure_plan", {}, []],
    ["career_profile", { entries: [{ employerId: "e3" }] }, []],
    ["benefits_planning", {}, []],
  ];
  for (const [kind, content, expected] of cases)
    assert.deepEqual(employerReferences(kind, content), expected, kind);
});

test("only benefits planning and disclosure plans carry a date of their own", () => {
  assert.equal(planDateField("benefits_planning"), "doneOn");
  assert.equal(planDateField("disclosure_plan"), "discussedOn");
  assert.equal(planDateField("career_profile"), null);
  assert.equal(planDateField("job_search_plan"), null);
});

test("dates in the future are refused with what to fix, each at its boundary", () => {
  const today = "2026-12-07";
  const cases: Array<[string, Parameters<typeof futureDates>[0], Record<string, unknown>, string[]]> = [
    ["benefits planning today", "benefits_planning", { doneOn: today }, []],
    [
      "benefits planning tomorrow",
      "benefits_planning",
      { doneOn: "2026-12-08" },
      ["content.doneOn in_future"],
    ],
    [
      "disclosure discussed tomorrow",
      "disclosure_plan",
      { discussedOn: "2026-12-08" },
      ["content.discussedOn in_future"],
    ],
    [
      "steps done yesterday, today and tomorrow",
      "job_search_plan",
      {
        steps: [
          { text: "a", doneOn: "2026-12-06" },
          { text: "b", doneOn: today },
          { text: "c", doneOn: "2026-12-08" },
          { text: "d", doneOn: null, due: "2027-01-01" },
        ],
      },
      ["content.steps.2.doneOn in_future"],
    ],
    [
      "a step due in the future is fine",
      "job_search_plan",
      { steps: [{ text: "a", due: "2027-01-01" }] },
      [],
    ],
    ["no steps", "job_search_plan", {}, []],
  ];
  for (const [name, kind, content, want] of cases)
    assert.deepEqual(
      futureDates(kind, content, today).map(([p, k]) => `${p} ${k}`),
      want,
      name,
    );
});
