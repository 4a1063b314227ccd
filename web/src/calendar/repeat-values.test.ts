import assert from "node:assert/strict";
import { test } from "node:test";
import { createAppointment } from "../../../core/contracts/calendar.ts";
import { fieldProblems } from "../../../core/errors/field-problems.ts";
import { noRepeat, type RepeatValues, repeatBody, repeatFieldOf } from "./repeat-values.ts";

const base = {
  startsAt: "2027-03-15T09:00:00+02:00",
  endsAt: "2027-03-15T10:00:00+02:00",
  place: "office",
  purpose: "Weekly job search",
};

/** The form field that shows the contract's first problem with the form's repeat values. */
function problemOf(values: RepeatValues): [string, string] | null {
  const result = createAppointment.safeParse({ ...base, repeat: repeatBody(values) });
  if (result.success) return null;
  const [path, problem] = Object.entries(fieldProblems(result.error.issues))[0] ?? [];
  if (!path || !problem) return null;
  return [repeatFieldOf[path as keyof typeof repeatFieldOf] ?? path, problem.key];
}

test("the repeat choices become the contract's repeat, and each problem lands on its field", () => {
  const cases: [RepeatValues, ReturnType<typeof repeatBody>, [string, string] | null][] = [
    [noRepeat, null, null],
    [
      { repeats: "weekly", ends: "count", until: "", count: "4" },
      { frequency: "weekly", until: null, count: 4 },
      null,
    ],
    [
      { repeats: "monthly", ends: "until", until: "2027-06-30", count: "4" },
      { frequency: "monthly", until: "2027-06-30", count: null },
      null,
    ],
    [{ repeats: "biweekly", ends: "count", until: "", count: "0" }, undefined, ["count", "too_small"]],
    [{ repeats: "biweekly", ends: "count", until: "", count: "" }, undefined, ["count", "not_a_number"]],
    [{ repeats: "weekly", ends: "count", until: "", count: "2,5" }, undefined, ["count", "not_a_number"]],
    [{ repeats: "weekly", ends: "until", until: "", count: "" }, undefined, ["until", "required"]],
  ];
  for (const [values, body, problem] of cases) {
    if (body !== undefined) assert.deepEqual(repeatBody(values), body);
    assert.deepEqual(problemOf(values), problem, JSON.stringify(values));
  }
});
