import assert from "node:assert/strict";
import { test } from "node:test";
import { employerReferences, planDateField } from "./plan-rules.ts";

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
