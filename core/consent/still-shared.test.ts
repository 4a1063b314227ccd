import assert from "node:assert/strict";
import { test } from "node:test";
import { duplicatesInForce, type RecipientConsent, stillReaching } from "./still-shared.ts";

const today = "2026-06-01";
const base = { givenOn: "2026-01-01", validUntil: null, withdrawnOn: null };
const teamT: RecipientConsent = {
  ...base,
  id: "w",
  scope: "share_with_treatment_team",
  targetTeamId: "T",
  targetTeamOrganisationId: "O",
  targetOrganisationId: null,
};
const orgO: RecipientConsent = {
  ...base,
  id: "o",
  scope: "share_with_organisation",
  targetTeamId: null,
  targetTeamOrganisationId: null,
  targetOrganisationId: "O",
};

test("after a withdrawal, only consents in force that reach the same recipient remain", () => {
  const cases: Array<[string, RecipientConsent, RecipientConsent, boolean]> = [
    ["same team, in force", teamT, { ...teamT, id: "x" }, true],
    ["same team, withdrawn", teamT, { ...teamT, id: "x", withdrawnOn: "2026-05-01" }, false],
    ["same team, expired", teamT, { ...teamT, id: "x", validUntil: "2026-05-31" }, false],
    ["same team, not yet given", teamT, { ...teamT, id: "x", givenOn: "2026-07-01" }, false],
    ["other team", teamT, { ...teamT, id: "x", targetTeamId: "U" }, false],
    ["the team's organisation", teamT, orgO, true],
    ["another organisation", teamT, { ...orgO, targetOrganisationId: "P" }, false],
    ["organisation: a team inside it", orgO, teamT, true],
    ["organisation: a team elsewhere", orgO, { ...teamT, targetTeamOrganisationId: "P" }, false],
    ["the withdrawn one itself", teamT, teamT, false],
    [
      "a non-sharing scope does not reach the recipient",
      teamT,
      {
        ...base,
        id: "x",
        scope: "contact_employers",
        targetTeamId: null,
        targetTeamOrganisationId: null,
        targetOrganisationId: null,
      },
      false,
    ],
  ];
  for (const [name, withdrawn, other, expected] of cases) {
    assert.equal(stillReaching(withdrawn, [other], today).length === 1, expected, name);
  }
  assert.equal(cases.length, 11);
});

test("a second identical consent in force is a duplicate; a historic or different one is not", () => {
  const { id: _id, targetTeamOrganisationId: _o, ...candidate } = teamT;
  const cases: Array<[string, typeof candidate, boolean]> = [
    ["identical", candidate, true],
    ["already ended (recorded afterwards)", { ...candidate, validUntil: "2026-05-01" }, false],
    ["other team", { ...candidate, targetTeamId: "U" }, false],
    [
      "other scope",
      { ...candidate, scope: "share_with_organisation", targetTeamId: null, targetOrganisationId: "T" },
      false,
    ],
  ];
  for (const [name, c, expected] of cases) {
    assert.equal(duplicatesInForce(c, [teamT], today), expected, name);
  }
  assert.equal(
    duplicatesInForce(candidate, [{ ...teamT, withdrawnOn: "2026-05-01" }], today),
    false,
    "withdrawn",
  );
  assert.equal(cases.length, 4);
});
