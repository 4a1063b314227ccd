import assert from "node:assert/strict";
import { test } from "node:test";
import { type Role, rolesSeeClients } from "./roles.ts";

test("only roles the client gate scopes see client pages at all", () => {
  const cases: [Role[], boolean][] = [
    [["coach"], true],
    [["team_lead"], true],
    [["clinician"], true],
    [["evaluator"], false],
    [["reviewer"], false],
    [["org_admin"], false],
    [[], false],
    [["org_admin", "coach"], true],
  ];
  for (const [held, expected] of cases)
    assert.equal(rolesSeeClients(held), expected, held.join("+") || "none");
});
