import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "../../../core/access/roles.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { type Actor, loadActor } from "./actor.ts";
import { type AggregateRequest, aggregateTeams, requireAggregateAccess } from "./aggregate-gate.ts";
import { AccessDenied } from "./deny.ts";

/**
 * The aggregate level against a real database: scopes are resolved from the tables, a scope in
 * another organisation is not found, a visible one without the right is forbidden.
 */
describe("aggregate access", () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let teamA: string;
  let teamB: string;
  let treatment: string;
  let otherTeam: string;
  const actors: Record<string, Actor> = {};
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    otherOrgId = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, orgId, "ips_team")).id;
    teamB = (await buildTeam(t.database, orgId, "ips_team")).id;
    treatment = (await buildTeam(t.database, orgId, "treatment_team")).id;
    otherTeam = (await buildTeam(t.database, otherOrgId, "ips_team")).id;
    const people: Array<[string, Role, string | null, string]> = [
      ["coachA", "coach", teamA, orgId],
      ["leadA", "team_lead", teamA, orgId],
      ["coachB", "coach", teamB, orgId],
      ["admin", "org_admin", null, orgId],
      ["evaluator", "evaluator", null, orgId],
      ["clinician", "clinician", treatment, orgId],
      ["reviewer", "reviewer", null, orgId],
      ["otherAdmin", "org_admin", null, otherOrgId],
    ];
    for (const [key, role, teamId, organisationId] of people) {
      const person = await buildStaff(t.database, { organisationId, role, teamId });
      ids[key] = person.id;
      actors[key] = (await loadActor(t.database.db, person.id, "test")) as Actor;
    }
  });
  after(() => t.close());

  async function answer(who: string, request: AggregateRequest): Promise<string> {
    try {
      await requireAggregateAccess(t.database.db, actors[who] as Actor, request);
      return "ok";
    } catch (error) {
      assert.ok(error instanceof AccessDenied, String(error));
      return error.code;
    }
  }

  test("the table of who may see which figures, as the gate answers it", async () => {
    const org = { kind: "organisation", organisationId: orgId } as const;
    const cases: Array<[string, AggregateRequest, string]> = [
      ["coachA", { kind: "team", teamId: teamA }, "ok"],
      ["coachA", { kind: "team", teamId: teamB }, "forbidden"],
      ["coachA", { kind: "coach", userId: ids.coachA as string, teamId: teamA }, "ok"],
      ["coachA", org, "forbidden"],
      ["leadA", { kind: "coach", userId: ids.coachA as string, teamId: teamA }, "ok"],
      ["leadA", { kind: "team", teamId: teamB }, "forbidden"],
      ["coachB", { kind: "coach", userId: ids.coachA as string, teamId: teamA }, "forbidden"],
      ["admin", org, "ok"],
      ["admin", { kind: "team", teamId: teamB }, "ok"],
      ["evaluator", { kind: "team", teamId: teamA }, "ok"],
      ["clinician", { kind: "team", teamId: teamA }, "forbidden"],
      ["reviewer", org, "forbidden"],
      ["otherAdmin", org, "not_found"],
      ["otherAdmin", { kind: "team", teamId: teamA }, "not_found"],
      ["admin", { kind: "team", teamId: otherTeam }, "not_found"],
      ["admin", { kind: "team", teamId: treatment }, "not_found"],
      // A coach scope naming someone who does not work in that team does not exist.
      ["leadA", { kind: "coach", userId: ids.coachB as string, teamId: teamA }, "not_found"],
    ];
    for (const [who, request, expected] of cases) {
      assert.equal(await answer(who, request), expected, `${who} ${JSON.stringify(request)}`);
    }
    assert.equal(cases.length, 17);
  });

  test("the teams whose figures each person may pick", async () => {
    assert.deepEqual(await aggregateTeams(t.database.db, actors.coachA as Actor), [teamA]);
    assert.deepEqual(
      (await aggregateTeams(t.database.db, actors.admin as Actor)).sort(),
      [teamA, teamB].sort(),
    );
    assert.deepEqual(await aggregateTeams(t.database.db, actors.clinician as Actor), []);
    assert.deepEqual(await aggregateTeams(t.database.db, actors.otherAdmin as Actor), [otherTeam]);
  });
});
