import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "../../../core/access/roles.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Who may create a client record in an IPS team: a coach or team leader of that team. A coach of
 * another IPS team of the same organisation is refused (it used to answer 201 and then 404 to
 * its creator); a clinician refers; nobody else creates anything.
 */
describe("creating a client is scoped to the creator's own IPS team", () => {
  let t: TestApp;
  let teamA: string;
  let teamB: string;
  const as: Record<string, TestClient> = {};

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const other = await buildOrganisation(t.database);
    teamA = (await buildTeam(t.database, org.id, "ips_team")).id;
    teamB = (await buildTeam(t.database, org.id, "ips_team")).id;
    const treatment = (await buildTeam(t.database, org.id, "treatment_team")).id;
    const staff: Array<[string, string, Role, string | null]> = [
      ["coachA", org.id, "coach", teamA],
      ["leadA", org.id, "team_lead", teamA],
      ["coachB", org.id, "coach", teamB],
      ["leadB", org.id, "team_lead", teamB],
      ["clinician", org.id, "clinician", treatment],
      ["orgAdmin", org.id, "org_admin", null],
      ["evaluator", org.id, "evaluator", null],
      ["otherCoach", other.id, "coach", (await buildTeam(t.database, other.id, "ips_team")).id],
    ];
    for (const [key, organisationId, role, teamId] of staff) {
      const person = await buildStaff(t.database, { organisationId, role, teamId });
      as[key] = t.client();
      await (as[key] as TestClient).signIn(person.email, person.password);
    }
  });
  after(() => t.close());

  const body = (lastName: string, ipsTeamId: string) => ({
    client: { firstName: "Tiina", lastName },
    referral: { referralDate: helsinkiDate(), source: "self", situationAtStart: "unemployed", ipsTeamId },
  });
  const clientsNamed = async (lastName: string) =>
    (await t.database.db.selectFrom("client").select("id").where("last_name", "=", lastName).execute())
      .length;

  test("a coach or team leader of the team creates and then opens the record", async () => {
    for (const key of ["coachA", "leadA"]) {
      const created = await (as[key] as TestClient).post("/api/clients", body(`Oma${key}`, teamA));
      assert.equal(created.statusCode, 201, created.body);
      const opened = await (as[key] as TestClient).get(`/api/clients/${created.json().clientId}`);
      assert.equal(opened.statusCode, 200, `${key} opens what they created`);
    }
  });

  test("a coach or team leader of another IPS team of the organisation is refused (403), nothing is created", async () => {
    for (const key of ["coachB", "leadB"]) {
      const response = await (as[key] as TestClient).post("/api/clients", body(`Vieras${key}`, teamA));
      assert.equal(response.statusCode, 403, `${key}: ${response.body}`);
      assert.equal(response.json().error.code, "forbidden");
      assert.equal(await clientsNamed(`Vieras${key}`), 0);
    }
  });

  test("roles without client creation are refused, another organisation's team is an invalid choice", async () => {
    for (const key of ["orgAdmin", "evaluator"]) {
      const response = await (as[key] as TestClient).post("/api/clients", body(`Ei${key}`, teamA));
      assert.equal(response.statusCode, 400, `${key}: ${response.body}`);
      assert.ok(response.json().error.fields["referral.ipsTeamId"]);
      assert.equal(await clientsNamed(`Ei${key}`), 0);
    }
    const foreign = await (as.otherCoach as TestClient).post("/api/clients", body("Ulkomaa", teamA));
    assert.equal(foreign.statusCode, 400, foreign.body);
    assert.equal(await clientsNamed("Ulkomaa"), 0);
    const anonymous = await t.client().post("/api/clients", body("Anonyymi", teamA));
    assert.equal(anonymous.statusCode, 401, anonymous.body);
  });

  test("a clinician still refers to any IPS team of the organisation", async () => {
    const response = await (as.clinician as TestClient).post("/api/clients", body("Lahete", teamB));
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(await clientsNamed("Lahete"), 1);
  });
});
