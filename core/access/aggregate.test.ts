import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type AggregateScope,
  type AggregateViewer,
  aggregateScopes,
  mayViewAggregate,
  type NetworkAggregateScope,
} from "./aggregate.ts";
import type { Role } from "./roles.ts";

const O = "org-1";
const P = "org-2";
const viewer = (
  role: Role,
  teamId: string | null = null,
  organisationId = O,
  userId = "me",
): AggregateViewer => ({
  userId,
  memberships: [{ organisationId, teamId, role }],
  twoFactorRequired: false,
});
const team = (teamId: string, organisationId = O): AggregateScope => ({
  kind: "team",
  teamId,
  organisationId,
});
const org = (organisationId = O): AggregateScope => ({ kind: "organisation", organisationId });
const coach = (userId: string, teamId: string): AggregateScope => ({
  kind: "coach",
  userId,
  teamId,
  organisationId: O,
});

test("who may see figures for a coach's caseload, a team, an organisation", () => {
  const cases: Array<[string, AggregateViewer, AggregateScope, boolean]> = [
    ["coach: own caseload", viewer("coach", "A"), coach("me", "A"), true],
    ["coach: a teammate's caseload", viewer("coach", "A"), coach("other", "A"), false],
    ["coach: own team", viewer("coach", "A"), team("A"), true],
    ["coach: another team", viewer("coach", "A"), team("B"), false],
    ["coach: the organisation", viewer("coach", "A"), org(), false],
    ["team lead: the team they lead", viewer("team_lead", "A"), team("A"), true],
    ["team lead: a coach of their team", viewer("team_lead", "A"), coach("other", "A"), true],
    ["team lead: another team", viewer("team_lead", "A"), team("B"), false],
    ["team lead: a coach of another team", viewer("team_lead", "A"), coach("other", "B"), false],
    ["team lead: the organisation", viewer("team_lead", "A"), org(), false],
    ["org admin: the organisation", viewer("org_admin"), org(), true],
    ["org admin: any team in it", viewer("org_admin"), team("B"), true],
    ["org admin: a coach in it", viewer("org_admin"), coach("other", "B"), true],
    ["org admin: another organisation", viewer("org_admin"), org(P), false],
    ["org admin: a team of another organisation", viewer("org_admin"), team("X", P), false],
    ["evaluator: the organisation", viewer("evaluator"), org(), true],
    ["evaluator: a team in it", viewer("evaluator"), team("A"), true],
    [
      "clinician: own treatment team's figures are not IPS figures",
      viewer("clinician", "A"),
      team("A"),
      false,
    ],
    ["clinician: the organisation", viewer("clinician", "T"), org(), false],
    ["reviewer: nothing yet (issue 12)", viewer("reviewer", "A"), team("A"), false],
    ["reviewer: the organisation", viewer("reviewer"), org(), false],
    ["coach of the same team id in another organisation", viewer("coach", "A", P), team("A"), false],
    ["second factor missing", { ...viewer("org_admin"), twoFactorRequired: true }, org(), false],
    [
      "no memberships (a platform admin)",
      { userId: "me", memberships: [], twoFactorRequired: false },
      org(),
      false,
    ],
  ];
  for (const [name, who, scope, expected] of cases)
    assert.equal(mayViewAggregate(who, scope), expected, name);
  assert.equal(cases.length, 24);
});

test("the scopes a viewer holds directly", () => {
  const many: AggregateViewer = {
    userId: "me",
    memberships: [
      { organisationId: O, teamId: "A", role: "coach" },
      { organisationId: O, teamId: "B", role: "team_lead" },
      { organisationId: O, teamId: "T", role: "clinician" },
      { organisationId: P, teamId: null, role: "evaluator" },
      { organisationId: P, teamId: "R", role: "reviewer" },
    ],
    twoFactorRequired: false,
  };
  assert.deepEqual(aggregateScopes(many), { teamIds: ["A", "B"], organisationIds: [P] });
  assert.deepEqual(aggregateScopes({ ...many, twoFactorRequired: true }), {
    teamIds: [],
    organisationIds: [],
  });
});

test("who may see a reporting network's figures", () => {
  const N = "net-1";
  const net = (members: readonly string[] = [O]): NetworkAggregateScope => ({
    kind: "network",
    networkId: N,
    memberOrganisationIds: members,
  });
  const evaluator = (networkIds: readonly string[]): AggregateViewer => ({
    userId: "me",
    memberships: [],
    networkIds,
    twoFactorRequired: false,
  });
  const cases: Array<[string, AggregateViewer, AggregateScope | NetworkAggregateScope, boolean]> = [
    ["network evaluator without any organisation", evaluator([N]), net(), true],
    ["evaluator of another network", evaluator(["net-2"]), net(), false],
    ["evaluator of a network nobody joined yet", evaluator([N]), net([]), true],
    ["org admin of a member organisation", viewer("org_admin"), net(), true],
    ["org admin of an organisation outside the network", viewer("org_admin", null, P), net(), false],
    ["org admin whose organisation ended its agreement", viewer("org_admin"), net([P]), false],
    ["coach of a member organisation", viewer("coach", "A"), net(), false],
    ["team lead of a member organisation", viewer("team_lead", "A"), net(), false],
    ["organisation evaluator of a member organisation", viewer("evaluator"), net(), false],
    [
      "no memberships, no networks",
      { userId: "me", memberships: [], twoFactorRequired: false },
      net(),
      false,
    ],
    ["second factor missing", { ...evaluator([N]), twoFactorRequired: true }, net(), false],
    ["a network evaluator sees no organisation", evaluator([N]), org(), false],
    ["a network evaluator sees no team", evaluator([N]), team("A"), false],
  ];
  for (const [name, who, scope, expected] of cases)
    assert.equal(mayViewAggregate(who, scope), expected, name);
  assert.equal(cases.length, 13);
});
