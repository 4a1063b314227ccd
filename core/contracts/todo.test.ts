import assert from "node:assert/strict";
import { test } from "node:test";
import { fieldProblems } from "../errors/field-problems.ts";
import { snoozeTodoOn } from "./todo.ts";

const key = "plan_step_due:0b6f1a52-3c1e-4a55-9a44-2f4d1c9e7a10:2026-12-07";

test("a snooze is judged on the day: after it and within a year, in the server's words", () => {
  const on = snoozeTodoOn("2026-12-07");
  for (const [until, problem] of [
    ["2026-12-06", "snooze_not_after_today"],
    ["2026-12-07", "snooze_not_after_today"],
    ["2027-12-08", "snooze_too_far"],
  ] as const) {
    const result = on.safeParse({ key, until });
    assert.equal(result.success, false, until);
    assert.deepEqual(fieldProblems(result.error?.issues ?? []), { until: { key: problem } }, until);
  }
  assert.equal(on.safeParse({ key, until: "2026-12-08" }).success, true);
  assert.equal(on.safeParse({ key, until: "2027-12-07" }).success, true);
});
