import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { agreementConsents, confirmationProblem } from "./agreement-rules.ts";

describe("agreementConsents", () => {
  const consents = [
    { id: "a", inForce: true },
    { id: "b", inForce: false },
    { id: "c", inForce: true },
  ];
  const cases: Array<[string, { consentIds: string[] } | null, string[]]> = [
    ["a draft shows the consents in force today", null, ["a", "c"]],
    [
      "a confirmed version shows those named at confirmation, even if withdrawn since",
      { consentIds: ["b"] },
      ["b"],
    ],
    ["a confirmed version without consents shows none", { consentIds: [] }, []],
  ];
  for (const [name, confirmation, expected] of cases)
    test(name, () =>
      assert.deepEqual(
        agreementConsents(consents, confirmation).map((c) => c.id),
        expected,
      ),
    );
});

describe("confirmationProblem", () => {
  const today = "2026-12-07";
  const draft = { savedOn: "2026-12-01", confirmed: false };
  const cases: Array<[string, { savedOn: string; confirmed: boolean } | null, string, string | null]> = [
    ["nothing written yet", null, today, "_:nothing_to_confirm"],
    ["already confirmed", { ...draft, confirmed: true }, today, "_:already_confirmed"],
    ["tomorrow", draft, "2026-12-08", "confirmedOn:in_future"],
    ["before the version was written", draft, "2026-11-30", "confirmedOn:before_saved"],
    ["the day it was written", draft, "2026-12-01", null],
    ["today", draft, today, null],
  ];
  for (const [name, latest, on, expected] of cases)
    test(name, () => {
      const problem = confirmationProblem(latest, on, today);
      assert.equal(problem ? `${problem.field}:${problem.key}` : null, expected);
    });
});
