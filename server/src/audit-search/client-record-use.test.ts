import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

type Entry = {
  seq: number;
  eventType: string;
  eventName: string;
  actorName: string;
  actorRoles: { role: string; organisation: string }[];
  details: { label: string; value: string }[];
};
type Page = { entries: Entry[]; nextBefore: number | null };

/** "Who has seen this record": the client's team reads the client's use log, through the gate. */
describe("a client's record use", () => {
  let t: TestApp;
  let clientId: string;
  let otherClientId: string;
  const as = new Map<string, TestClient>();
  const url = (id: string, query = "") => `/api/clients/${id}/record-use${query}`;
  const read = async (who: string, query = ""): Promise<Page> => {
    const response = await (as.get(who) as TestClient).get(url(clientId, query));
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const otherOrg = await buildOrganisation(t.database);
    await sql`update organisation set name = 'Pohjolan hyvinvointialue' where id = ${org.id}`.execute(
      t.database.db,
    );
    const team = await buildTeam(t.database, org.id, "ips_team");
    const otherTeam = await buildTeam(t.database, org.id, "ips_team");
    const clinic = await buildTeam(t.database, org.id, "treatment_team");
    const people = {
      coach: await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: team.id }),
      lead: await buildStaff(t.database, { organisationId: org.id, role: "team_lead", teamId: team.id }),
      clinician: await buildStaff(t.database, {
        organisationId: org.id,
        role: "clinician",
        teamId: clinic.id,
      }),
      otherTeamCoach: await buildStaff(t.database, {
        organisationId: org.id,
        role: "coach",
        teamId: otherTeam.id,
      }),
      otherOrgCoach: await buildStaff(t.database, { organisationId: otherOrg.id, role: "coach" }),
      evaluator: await buildStaff(t.database, { organisationId: org.id, role: "evaluator" }),
      admin: await buildStaff(t.database, { organisationId: org.id, role: "org_admin" }),
    };
    const names: Record<string, string> = {
      coach: "Kaisa Valmentaja",
      lead: "Leena Vetäjä",
      clinician: "Heikki Hoitaja",
    };
    for (const [key, name] of Object.entries(names))
      await sql`update "user" set name = ${name}, locale = 'fi' where id = ${people[key as "coach"].id}`.execute(
        t.database.db,
      );
    clientId = (
      await buildClientWithConsent(t.database, {
        organisationId: org.id,
        ipsTeamId: team.id,
        coachUserId: people.coach.id,
        consentTeamId: clinic.id,
        firstName: "Onni",
      })
    ).clientId;
    otherClientId = (
      await buildClientWithConsent(t.database, {
        organisationId: org.id,
        ipsTeamId: team.id,
        coachUserId: people.coach.id,
        firstName: "Toinen",
      })
    ).clientId;
    for (const [key, person] of Object.entries(people)) {
      const client = t.client();
      await client.signIn(person.email, person.password);
      as.set(key, client);
    }
    // The clinician opens the shared view; the team lead finds the client in a search (a list).
    assert.equal((await (as.get("clinician") as TestClient).get(`/api/clients/${clientId}`)).statusCode, 200);
    assert.equal((await (as.get("lead") as TestClient).get("/api/clients?q=Onni")).statusCode, 200);
    assert.equal(
      (await (as.get("coach") as TestClient).get(`/api/clients/${otherClientId}`)).statusCode,
      200,
    );
  });
  after(() => t.close());

  test("the coach sees who read the record, in which role and organisation, newest first", async () => {
    const page = await read("coach");
    const seqs = page.entries.map((e) => e.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => b - a),
      "newest first",
    );
    const shared = page.entries.find(
      (e) => e.eventType === "client.viewed" && e.actorName === "Heikki Hoitaja",
    );
    assert.ok(shared, "the clinician's read is listed");
    assert.equal(shared.eventName, "Asiakkaan tiedot avattu");
    assert.deepEqual(shared.actorRoles, [
      { role: "Hoitotiimin jäsen", organisation: "Pohjolan hyvinvointialue" },
    ]);
    assert.ok(shared.details.some((d) => d.value === "jaettu näkymä"));
    const search = page.entries.find((e) => e.eventType === "client.searched");
    assert.equal(search?.actorName, "Leena Vetäjä");
    assert.deepEqual(
      search?.actorRoles.map((r) => r.role),
      ["Tiiminvetäjä"],
    );
    assert.ok(search?.details.some((d) => d.label === "Asiakkaat" && d.value === "1 asiakas"));
    const body = JSON.stringify(page);
    assert.ok(!body.includes(clientId) && !body.includes("Toinen"), "no ids, no other client");
    assert.ok(
      !page.entries.some((e) => e.eventType === "client.viewed" && e.actorName === "Kaisa Valmentaja"),
      "the other client's read is not this client's",
    );
  });

  test("reading the use log is itself in the use log", async () => {
    await read("lead");
    const page = await read("coach", "?limit=5");
    const own = page.entries.find((e) => e.eventType === "client.record_use_viewed");
    assert.equal(own?.actorName, "Leena Vetäjä");
  });

  test("pages backwards without gaps or repeats", async () => {
    const seen: number[] = [];
    let page = await read("coach", "?limit=2");
    for (let guard = 0; guard < 50; guard++) {
      seen.push(...page.entries.map((e) => e.seq));
      if (page.nextBefore === null) break;
      page = await read("coach", `?limit=2&before=${page.nextBefore}`);
    }
    assert.equal(page.nextBefore, null);
    // Each read adds its own entry on top; the walk saw everything older than its first row.
    const all = (await read("coach", "?limit=200")).entries.map((e) => e.seq);
    const start = seen[0] as number;
    assert.deepEqual(
      seen,
      all.filter((s) => s <= start),
    );
    assert.ok(seen.length >= 4);
  });

  test("only the client's team: consented clinician 403; other team, other organisation, evaluator, admin 404", async () => {
    const cases: [string, number][] = [
      ["clinician", 403],
      ["otherTeamCoach", 404],
      ["otherOrgCoach", 404],
      ["evaluator", 404],
      ["admin", 404],
    ];
    for (const [who, status] of cases) {
      const response = await (as.get(who) as TestClient).get(url(clientId));
      assert.equal(response.statusCode, status, who);
    }
    assert.equal((await t.client().get(url(clientId))).statusCode, 401);
  });

  test("bad paging is 400 with a message, never a 500", async () => {
    for (const query of ["?limit=0", "?limit=abc", "?before=-5", "?unknown=1"]) {
      const response = await (as.get("coach") as TestClient).get(url(clientId, query));
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json().error.code, "validation_failed");
    }
  });
});
