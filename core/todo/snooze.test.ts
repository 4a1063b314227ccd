import assert from "node:assert/strict";
import { test } from "node:test";
import type { TodoItem } from "./items.ts";
import { applySnoozes, snoozeDateProblem } from "./snooze.ts";

const item = (key: string, due: string): TodoItem => ({
  key,
  kind: "plan_step",
  due,
  clientId: "c1",
  subject: null,
  target: { kind: "client", clientId: "c1", tab: "plans" },
});

test("a snoozed item is hidden until its date and back on it", () => {
  const items = [item("a", "2026-12-01"), item("b", "2026-12-02")];
  const snoozes = [{ key: "a", until: "2026-12-10" }];
  const hidden = applySnoozes(items, snoozes, "2026-12-09");
  assert.deepEqual(
    hidden.shown.map((i) => i.key),
    ["b"],
  );
  assert.deepEqual(
    hidden.snoozed.map((i) => [i.key, i.snoozedUntil]),
    [["a", "2026-12-10"]],
  );
  assert.deepEqual(
    applySnoozes(items, snoozes, "2026-12-10").shown.map((i) => i.key),
    ["a", "b"],
  );
});

test("a new due instance is not hidden by an old snooze", () => {
  const snoozes = [{ key: "no_contact_30_days:e1:2026-12-01", until: "2026-12-20" }];
  const next = item("no_contact_30_days:e1:2027-01-05", "2027-01-05");
  assert.deepEqual(applySnoozes([next], snoozes, "2026-12-09").shown, [next]);
});

test("a snooze date must be after today and within a year", () => {
  const cases: Array<[string, ReturnType<typeof snoozeDateProblem>]> = [
    ["2025-12-07", "snooze_not_after_today"],
    ["2026-12-06", "snooze_not_after_today"],
    ["2026-12-07", "snooze_not_after_today"],
    ["2026-12-08", null],
    ["2027-12-07", null],
    ["2027-12-08", "snooze_too_far"],
  ];
  for (const [until, want] of cases) assert.equal(snoozeDateProblem(until, "2026-12-07"), want, until);
});
