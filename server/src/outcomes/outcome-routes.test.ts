import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "../../../core/access/roles.ts";
import type { OutcomeDashboard, OutcomeScopes } from "../../../core/contracts/outcomes.ts";
import { type BuiltStaff, buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Who may open which outcome page (the aggregate gate, core/access/aggregate.ts), the one error
 * shape for bad input, and the audit entry every dashboard read leaves.
 */
describe("outcome routes: access, bad input, audit", { timeout: 110_000 }, () => {
  let t: TestApp;
  let org: string;
  let otherOrg: string;
  let teamA: string;
  let teamB: string;
  let otherTeam: string;
  const people: Record<string, BuiltStaff> = {};
  const as: Record<string, TestClient> = {};
  const who = (key: string) => as[key] as TestClient;
  const idOf = (key: string) => (people[key] as BuiltStaff).id;
  const q = "?quarter=2025-Q3&quarters=2";

  before(async () => {
    t = await createTestApp();
    org = (await buildOrganisation(t.database)).id;
    otherOrg = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, org)).id;
    teamB = (await buildTeam(t.database, org)).id;
    otherTeam = (await buildTeam(t.database, otherOrg)).id;
    const treatment = (await buildTeam(t.database, org, "treatment_team")).id;
    const cast: Array<[string, Role, string | null, string]> = [
      ["coachA", "coach", teamA, org],
      ["coachA2", "coach", teamA, org],
      ["leadA", "team_lead", teamA, org],
      ["coachB", "coach", teamB, org],
      ["admin", "org_admin", null, org],
      ["evaluator", "evaluator", null, org],
      ["clinician", "clinician", treatment, org],
      ["reviewer", "reviewer", null, org],
      ["otherAdmin", "org_admin", null, otherOrg],
    ];
    for (const [key, role, teamId, organisationId] of cast) {
      people[key] = await buildStaff(t.database, { organisationId, role, teamId });
      as[key] = t.client();
      await who(key).signIn((people[key] as BuiltStaff).email, (people[key] as BuiltStaff).password);
    }
    const since = "2025-01-01T08:00:00Z";
    const episode = (teamId: string, coachUserId: string | null, job: boolean) => ({
      referralDate: "2025-02-01",
      agreementDate: "2025-02-10",
      assignments: [{ teamId, coachUserId, validFrom: since }],
      jobs: job ? [{ startDate: "2025-08-01" }] : [],
    });
    await buildEpisodes(t.database, org, idOf("coachA"), [
      episode(teamA, idOf("coachA"), true),
      episode(teamA, idOf("coachA"), false),
      episode(teamA, idOf("coachA2"), true),
      episode(teamA, null, false),
      episode(teamB, idOf("coachB"), true),
    ]);
  });
  after(() => t.close());

  const teamUrl = (teamId: string, organisationId = org) =>
    `/api/organisations/${organisationId}/teams/${teamId}/outcomes`;
  const coachUrl = (userId: string, teamId = teamA) =>
    `/api/organisations/${org}/teams/${teamId}/coaches/${userId}/outcomes`;
  const orgUrl = (organisationId = org) => `/api/organisations/${organisationId}/outcomes`;
  const drillUrl = (teamId = teamA) =>
    `/api/organisations/${org}/teams/${teamId}/outcomes/clients?metric=jobStarts&quarter=2025-Q3`;

  test("the table of who may open which page", async () => {
    const cases: Array<[string | null, () => string, number]> = [
      [null, () => "/api/outcomes/scopes", 401],
      [null, () => teamUrl(teamA), 401],
      [null, () => coachUrl(idOf("coachA")), 401],
      [null, () => orgUrl(), 401],
      [null, () => drillUrl(), 401],
      ["coachA", () => teamUrl(teamA), 200],
      ["coachA", () => teamUrl(teamB), 403],
      ["coachA", () => coachUrl(idOf("coachA")), 200],
      ["coachA", () => coachUrl(idOf("coachA2")), 403],
      ["coachA", () => orgUrl(), 403],
      ["coachA", () => drillUrl(), 200],
      ["coachA", () => drillUrl(teamB), 403],
      ["leadA", () => coachUrl(idOf("coachA2")), 200],
      ["leadA", () => teamUrl(teamB), 403],
      ["coachB", () => teamUrl(teamB), 200],
      ["admin", () => orgUrl(), 200],
      ["admin", () => teamUrl(teamB), 200],
      ["admin", () => coachUrl(idOf("coachA")), 200],
      ["evaluator", () => orgUrl(), 200],
      ["evaluator", () => teamUrl(teamA), 200],
      ["evaluator", () => drillUrl(), 200],
      ["clinician", () => teamUrl(teamA), 403],
      ["clinician", () => orgUrl(), 403],
      ["clinician", () => drillUrl(), 403],
      ["reviewer", () => orgUrl(), 403],
      ["reviewer", () => coachUrl(idOf("coachA")), 403],
      // Another organisation, or a team named under the wrong organisation: not found.
      ["otherAdmin", () => orgUrl(), 404],
      ["otherAdmin", () => teamUrl(teamA), 404],
      ["otherAdmin", () => drillUrl(), 404],
      ["admin", () => orgUrl(otherOrg), 404],
      ["admin", () => teamUrl(otherTeam), 404],
      ["otherAdmin", () => teamUrl(otherTeam, org), 404],
      // A coach scope naming someone outside the team does not exist.
      ["leadA", () => coachUrl(idOf("coachB")), 404],
      ["admin", () => coachUrl(idOf("coachB"), teamA), 404],
    ];
    for (const [key, url, status] of cases) {
      const caller = key ? who(key) : t.client();
      const response = await caller.get(url().includes("?") ? url() : `${url()}${q}`);
      assert.equal(response.statusCode, status, `${key ?? "anonymous"} ${url()}: ${response.body}`);
      if (status !== 200) assert.ok(response.json().error.code, "the one error shape");
    }
    assert.equal(cases.length, 34);
  });

  test("a coach sees the team's total and only their own part; the lead sees every coach's", async () => {
    const asCoach = (await who("coachA").get(`${teamUrl(teamA)}${q}`)).json() as OutcomeDashboard;
    assert.equal(asCoach.level, "team");
    assert.equal(asCoach.suppressionThreshold, null);
    assert.equal(asCoach.trend.length, 2);
    assert.deepEqual(
      asCoach.trend.map((p) => p.period.label),
      ["2025-Q2", "2025-Q3"],
    );
    assert.equal(asCoach.trend[1]?.figures.jobStarts.value, 2);
    assert.deepEqual(
      asCoach.parts.map((p) => p.id),
      [idOf("coachA"), "unassigned"],
    );
    // The episodes without a coach: a part of their own, named in the caller's language.
    assert.equal(asCoach.parts[1]?.name, "No coach");
    assert.equal(asCoach.parts[1]?.figures.caseloadDuringPeriod.value, 1);
    const asLead = (await who("leadA").get(`${teamUrl(teamA)}${q}`)).json() as OutcomeDashboard;
    assert.deepEqual(
      asLead.parts.map((p) => p.id).sort(),
      [idOf("coachA"), idOf("coachA2"), "unassigned"].sort(),
    );
    const own = (await who("coachA").get(`${coachUrl(idOf("coachA"))}${q}`)).json() as OutcomeDashboard;
    assert.equal(own.level, "coach");
    assert.equal(own.trend[1]?.figures.caseloadDuringPeriod.value, 2);
    assert.equal(own.trend[1]?.figures.jobStarts.value, 1);
    assert.deepEqual(own.parts, []);
  });

  test("the organisation's page: every team, suppressed, for admins and evaluators", async () => {
    const response = await who("evaluator").get(`${orgUrl()}${q}`);
    assert.equal(response.statusCode, 200, response.body);
    const page = response.json() as OutcomeDashboard;
    assert.equal(page.level, "organisation");
    assert.equal(page.suppressionThreshold, 5);
    assert.deepEqual(page.parts.map((p) => p.id).sort(), [teamA, teamB].sort());
    // Three job starts in all: fewer than five, withheld.
    assert.equal(page.trend[1]?.figures.jobStarts.value, null);
    assert.equal(page.trend[1]?.figures.jobStarts.suppressed, "primary");
    for (const part of page.parts) assert.notEqual(part.figures.jobStarts.suppressed, false);
  });

  test("bad input is 400 in the one error shape, in the caller's language", async () => {
    const bad = [
      "?quarter=2025-Q5",
      "?quarter=2025Q1",
      "?quarter=0000-Q1",
      "?ruleSet=unknown",
      "?quarters=0",
      "?quarters=21",
      "?quarters=two",
      "?unknown=1",
    ];
    for (const query of bad) {
      for (const url of [teamUrl(teamA), orgUrl(), coachUrl(idOf("coachA"))]) {
        const response = await who(url === orgUrl() ? "admin" : "leadA").get(`${url}${query}`);
        assert.equal(response.statusCode, 400, `${url}${query}: ${response.body}`);
        const body = response.json();
        assert.equal(body.error.code, "validation_failed");
        assert.equal(typeof body.error.message, "string");
      }
    }
    for (const query of [
      "?metric=nope&quarter=2025-Q3",
      "?quarter=2025-Q3",
      "?metric=jobStarts&quarters=2",
    ]) {
      const response = await who("coachA").get(
        `/api/organisations/${org}/teams/${teamA}/outcomes/clients${query}`,
      );
      assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
    }
  });

  test("every dashboard read is audited with what was asked", async () => {
    const before = await t.database.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirstOrThrow();
    await who("leadA").get(`${teamUrl(teamA)}?quarter=2025-Q3&ruleSet=ips_grow_2024&quarters=3`);
    const rows = await t.database.db
      .selectFrom("audit_event")
      .select(["event_type", "organisation_id", "actor_user_id", "details"])
      .where("seq", ">", Number(before.seq ?? 0))
      .where("event_type", "=", "outcomes.viewed")
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.organisation_id, org);
    assert.equal(rows[0]?.actor_user_id, idOf("leadA"));
    const details = typeof rows[0]?.details === "string" ? JSON.parse(rows[0].details) : rows[0]?.details;
    assert.equal(details.level, "team");
    assert.equal(details.scopeId, teamA);
    assert.equal(details.ruleSet, "ips_grow_2024");
    assert.equal(details.quarter, "2025-Q3");
    assert.equal(details.quarters, 3);
  });

  test("scopes: what each person may open", async () => {
    const coach = (await who("coachA").get("/api/outcomes/scopes")).json() as OutcomeScopes;
    assert.deepEqual(
      coach.coach.map((c) => [c.teamId, c.userId]),
      [[teamA, idOf("coachA")]],
    );
    assert.deepEqual(
      coach.teams.map((s) => s.teamId),
      [teamA],
    );
    assert.deepEqual(coach.organisations, []);
    assert.deepEqual(coach.ruleSets.map((r) => r.id).sort(), ["ips_grow_2024", "us_learning_community"]);
    const evaluator = (await who("evaluator").get("/api/outcomes/scopes")).json() as OutcomeScopes;
    assert.deepEqual(evaluator.coach, []);
    assert.deepEqual(evaluator.teams.map((s) => s.teamId).sort(), [teamA, teamB].sort());
    assert.deepEqual(
      evaluator.organisations.map((o) => o.organisationId),
      [org],
    );
    const clinician = (await who("clinician").get("/api/outcomes/scopes")).json() as OutcomeScopes;
    assert.deepEqual([clinician.coach, clinician.teams, clinician.organisations], [[], [], []]);
  });
});
