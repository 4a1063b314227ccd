import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "../../../core/access/roles.ts";
import type { OutcomeDrillDown } from "../../../core/contracts/outcomes.ts";
import { type BuiltStaff, buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The clients behind a number: the same episodes the figure counts, then only those the client
 * gate lets the caller see, and the read audited naming them.
 */
describe("outcome drill-down", { timeout: 110_000 }, () => {
  let t: TestApp;
  let org: string;
  let teamA: string;
  const people: Record<string, BuiltStaff> = {};
  const as: Record<string, TestClient> = {};
  const who = (key: string) => as[key] as TestClient;
  const idOf = (key: string) => (people[key] as BuiltStaff).id;
  const clients: Record<string, string> = {};

  before(async () => {
    t = await createTestApp();
    org = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, org)).id;
    const teamB = (await buildTeam(t.database, org)).id;
    const cast: Array<[string, Role, string | null]> = [
      ["coachA", "coach", teamA],
      ["coachA2", "coach", teamA],
      ["leadA", "team_lead", teamA],
      ["coachB", "coach", teamB],
      ["admin", "org_admin", null],
      ["evaluator", "evaluator", null],
    ];
    for (const [key, role, teamId] of cast) {
      people[key] = await buildStaff(t.database, { organisationId: org, role, teamId });
      as[key] = t.client();
      await who(key).signIn((people[key] as BuiltStaff).email, (people[key] as BuiltStaff).password);
    }
    const since = "2025-01-01T08:00:00Z";
    const inA = (coach: string) => [{ teamId: teamA, coachUserId: idOf(coach), validFrom: since }];
    const specs = [
      { firstName: "Aino", jobs: [{ startDate: "2025-08-01" }], assignments: inA("coachA") },
      { firstName: "Eero", jobs: [{ startDate: "2025-07-15" }], assignments: inA("coachA2") },
      { firstName: "Ilmari", studies: [{ startDate: "2025-09-01" }], assignments: inA("coachA") },
      // Worked in the quarter in team A, moved to team B since: counted in A's figure, but team A
      // no longer works with this person, so the gate does not list them to A.
      {
        firstName: "Oona",
        jobs: [{ startDate: "2025-08-20" }],
        assignments: [
          ...inA("coachA"),
          { teamId: teamB, coachUserId: idOf("coachB"), validFrom: "2025-11-01T08:00:00Z" },
        ],
      },
      // A set-aside job is not competitive: not behind the job starts.
      { firstName: "Ukko", jobs: [{ startDate: "2025-08-01", setAside: true }], assignments: inA("coachA") },
    ];
    const built = await buildEpisodes(
      t.database,
      org,
      idOf("coachA"),
      specs.map((s) => ({ ...s, referralDate: "2025-02-01", agreementDate: "2025-02-10" })),
    );
    specs.forEach((s, i) => {
      clients[s.firstName] = built[i]?.clientId as string;
    });
  });
  after(() => t.close());

  const url = (query: string) =>
    `/api/organisations/${org}/teams/${teamA}/outcomes/clients?quarter=2025-Q3&${query}`;
  async function drill(key: string, query: string): Promise<OutcomeDrillDown> {
    const response = await who(key).get(url(query));
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as OutcomeDrillDown;
  }
  const firstNames = (d: OutcomeDrillDown) => d.clients.map((c) => c.name.split(" ")[0]).sort();

  test("the team's coaches see the clients behind the number who are still theirs", async () => {
    const jobs = await drill("coachA", "metric=jobStarts");
    assert.deepEqual(firstNames(jobs), ["Aino", "Eero"]);
    assert.equal(jobs.period.label, "2025-Q3");
    assert.equal(jobs.clients.find((c) => c.clientId === clients.Eero)?.coachUserId, idOf("coachA2"));
    // The figure itself counts Oona too: the drill-down never shows more than the figure.
    const page = await who("coachA").get(
      `/api/organisations/${org}/teams/${teamA}/outcomes?quarter=2025-Q3&quarters=1`,
    );
    assert.equal(page.json().trend[0].figures.jobStarts.value, 3);
    assert.deepEqual(firstNames(await drill("leadA", "metric=educationStarts")), ["Ilmari"]);
  });

  test("one coach's part: the coach's own, or any coach's for the lead", async () => {
    assert.deepEqual(firstNames(await drill("coachA", `metric=jobStarts&coachUserId=${idOf("coachA")}`)), [
      "Aino",
    ]);
    assert.deepEqual(firstNames(await drill("leadA", `metric=jobStarts&coachUserId=${idOf("coachA2")}`)), [
      "Eero",
    ]);
    const other = await who("coachA").get(url(`metric=jobStarts&coachUserId=${idOf("coachA2")}`));
    assert.equal(other.statusCode, 403);
  });

  test("those who see figures but no clients get an empty list", async () => {
    for (const key of ["admin", "evaluator"]) {
      const result = await drill(key, "metric=jobStarts");
      assert.deepEqual(result.clients, [], key);
    }
    const outside = await who("coachB").get(url("metric=jobStarts"));
    assert.equal(outside.statusCode, 403);
  });

  test("the read is audited naming exactly the clients listed", async () => {
    const before = await t.database.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirstOrThrow();
    await drill("coachA2", "metric=jobStarts&ruleSet=ips_grow_2024");
    const rows = await t.database.db
      .selectFrom("audit_event")
      .select(["organisation_id", "actor_user_id", "details"])
      .where("seq", ">", Number(before.seq ?? 0))
      .where("event_type", "=", "outcomes.clients_viewed")
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.organisation_id, org);
    assert.equal(rows[0]?.actor_user_id, idOf("coachA2"));
    const details = typeof rows[0]?.details === "string" ? JSON.parse(rows[0].details) : rows[0]?.details;
    assert.deepEqual([...details.clientIds].sort(), [clients.Aino, clients.Eero].sort());
    assert.equal(details.metric, "jobStarts");
    assert.equal(details.teamId, teamA);
    assert.equal(details.ruleSet, "ips_grow_2024");
    assert.equal(details.quarter, "2025-Q3");
  });
});
