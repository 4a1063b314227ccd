import assert from "node:assert/strict";
import { test } from "node:test";
import { roles } from "../access/roles.ts";
import { comparisonCohortDenial } from "./cohort-access.ts";

test("comparison cohorts: admins, evaluators and team leads of the organisation; others refused", () => {
  const expected = {
    coach: "forbidden",
    team_lead: null,
    clinician: "forbidden",
    reviewer: "forbidden",
    evaluator: null,
    org_admin: null,
  } as const;
  let ran = 0;
  for (const role of roles) {
    const viewer = {
      userId: "u",
      twoFactorRequired: false,
      memberships: [{ organisationId: "o1", teamId: null, role }],
    };
    assert.equal(comparisonCohortDenial(viewer, "o1"), expected[role], role);
    assert.equal(comparisonCohortDenial(viewer, "o2"), "not_found", `${role} elsewhere`);
    ran++;
  }
  assert.equal(ran, 6);
});
