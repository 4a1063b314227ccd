import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "../../../core/access/roles.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Sharing a client record by consent. A consent in force lets the named treatment team or
 * organisation see the shared view; its withdrawal blocks them on their very next request;
 * expired consents share nothing; without consent nobody outside the IPS team sees the client.
 */
const today = helsinkiDate();
const daysAgo = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

describe("consent-based sharing", () => {
  let t: TestApp;
  const as: Record<string, TestClient> = {};
  let ipsTeamId: string;
  let treatmentTeamId: string;
  let otherOrgId: string;

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const org2 = await buildOrganisation(t.database);
    const org3 = await buildOrganisation(t.database);
    otherOrgId = org2.id;
    ipsTeamId = (await buildTeam(t.database, org.id, "ips_team")).id;
    treatmentTeamId = (await buildTeam(t.database, org.id, "treatment_team")).id;
    const staff: Array<[string, string, Role, string | null]> = [
      ["coach", org.id, "coach", ipsTeamId],
      ["clinician", org.id, "clinician", treatmentTeamId],
      ["orgAdmin", org.id, "org_admin", null],
      ["evaluator", org.id, "evaluator", null],
      ["reviewer", org.id, "reviewer", treatmentTeamId],
      ["coach2", org2.id, "coach", (await buildTeam(t.database, org2.id, "ips_team")).id],
      ["clinician2", org2.id, "clinician", (await buildTeam(t.database, org2.id, "treatment_team")).id],
      ["coach3", org3.id, "coach", (await buildTeam(t.database, org3.id, "ips_team")).id],
      ["clinician3", org3.id, "clinician", (await buildTeam(t.database, org3.id, "treatment_team")).id],
    ];
    for (const [key, organisationId, role, teamId] of staff) {
      const person = await buildStaff(t.database, { organisationId, role, teamId });
      as[key] = t.client();
      await (as[key] as TestClient).signIn(person.email, person.password);
    }
  });
  after(() => t.close());

  const who = (key: string) => as[key] as TestClient;
  async function newClient(lastName: string) {
    const response = await who("coach").post("/api/clients", {
      client: { firstName: "Jaana", lastName, phone: "040 123 4567" },
      referral: { referralDate: daysAgo(40), source: "self", situationAtStart: "unemployed", ipsTeamId },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { clientId: string; episodeId: string };
  }
  async function consent(clientId: string, body: Record<string, unknown>) {
    const response = await who("coach").post(`/api/clients/${clientId}/consents`, {
      method: "written",
      givenOn: today,
      ...body,
    });
    assert.equal(response.statusCode, 201, response.body);
    return (response.json().consents as Array<{ id: string; inForce: boolean }>)[0] as {
      id: string;
      inForce: boolean;
    };
  }
  async function withdraw(clientId: string, consentId: string) {
    const response = await who("coach").post(`/api/clients/${clientId}/consents/${consentId}/withdrawal`, {
      withdrawnOn: today,
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  }
  async function finds(key: string, clientId: string): Promise<boolean> {
    const response = await who(key).get("/api/clients");
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as Array<{ id: string }>).some((c) => c.id === clientId);
  }
  async function seesShared(key: string, clientId: string) {
    const response = await who(key).get(`/api/clients/${clientId}`);
    assert.equal(response.statusCode, 200, `${key}: ${response.body}`);
    const record = response.json();
    assert.equal(record.access, "shared");
    assert.equal(record.details, null);
    assert.deepEqual(record.consents, []);
    assert.equal(record.canEdit, false);
    assert.ok(!response.body.includes("040 123 4567"), "no personal details in the shared view");
    assert.ok(await finds(key, clientId), `${key} finds the client`);
  }
  async function seesNothing(key: string, clientId: string) {
    const response = await who(key).get(`/api/clients/${clientId}`);
    assert.equal(response.statusCode, 404, `${key}: ${response.body}`);
    assert.ok(!(await finds(key, clientId)), `${key} does not find the client`);
  }

  test("withdrawing a consent blocks the treatment team's clinician on their next request", async () => {
    const { clientId } = await newClient("Jakaja");
    await seesNothing("clinician", clientId);

    const given = await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
    });
    assert.equal(given.inForce, true);
    await seesShared("clinician", clientId);
    const named = await who("clinician").get("/api/clients?q=jakaja");
    assert.deepEqual(
      named.json().map((c: { id: string }) => c.id),
      [clientId],
    );

    const after = await withdraw(clientId, given.id);
    assert.equal(after.consents[0].inForce, false);
    assert.equal(after.consents[0].withdrawnOn, today);
    await seesNothing("clinician", clientId);
    assert.deepEqual((await who("clinician").get("/api/clients?q=jakaja")).json(), []);
    // The IPS team still works the record.
    assert.equal((await who("coach").get(`/api/clients/${clientId}`)).json().access, "full");
  });

  test("a consent for another organisation shares with it alone, until withdrawn", async () => {
    const { clientId } = await newClient("Rajanylittaja");
    for (const key of ["coach2", "clinician2", "coach3", "clinician3"]) await seesNothing(key, clientId);

    const given = await consent(clientId, {
      scope: "share_with_organisation",
      targetOrganisationId: otherOrgId,
    });
    await seesShared("coach2", clientId);
    await seesShared("clinician2", clientId);
    await seesNothing("coach3", clientId);
    await seesNothing("clinician3", clientId);
    // The consent names O2: the clinician of the client's own organisation is not among its recipients.
    await seesNothing("clinician", clientId);

    await withdraw(clientId, given.id);
    await seesNothing("coach2", clientId);
    await seesNothing("clinician2", clientId);
  });

  test("an expired consent shares nothing; a consent given in the future is refused", async () => {
    const { clientId } = await newClient("Vanhentunut");
    const expired = await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
      givenOn: daysAgo(30),
      validUntil: daysAgo(1),
    });
    assert.equal(expired.inForce, false);
    await seesNothing("clinician", clientId);

    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await who("coach").post(`/api/clients/${clientId}/consents`, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
      givenOn: tomorrow,
      method: "oral",
    });
    assert.equal(future.statusCode, 400, future.body);
    assert.ok(future.json().error.fields.givenOn, future.body);
    assert.equal((await who("coach").get(`/api/clients/${clientId}`)).json().consents.length, 1);
    await seesNothing("clinician", clientId);
  });

  test("shared viewers may not change the record, its episodes or its consents", async () => {
    const { clientId, episodeId } = await newClient("Katsottava");
    const given = await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
    });
    const clinician = who("clinician");
    const episode = `/api/clients/${clientId}/episodes/${episodeId}`;
    const attempts = [
      () => clinician.patch(`/api/clients/${clientId}`, { lastName: "Muutettu" }),
      () => clinician.post(`${episode}/decision`, { decision: "accepted", decisionDate: today }),
      () => clinician.post(`${episode}/agreement`, { agreementDate: today }),
      () => clinician.post(`${episode}/hold`, { onHold: true }),
      () => clinician.post(`${episode}/closure`, { closureDate: today, closureReason: "client_wish" }),
      () =>
        clinician.post(`/api/clients/${clientId}/episodes`, {
          referralDate: today,
          source: "treatment_team",
          situationAtStart: "unemployed",
          ipsTeamId,
        }),
      () => clinician.post(`${episode}/assignment`, { ipsTeamId, coachUserId: null, treatmentTeamId: null }),
      () =>
        clinician.post(`/api/clients/${clientId}/consents`, {
          scope: "contact_employers",
          givenOn: today,
          method: "oral",
        }),
      () =>
        clinician.post(`/api/clients/${clientId}/consents/${given.id}/withdrawal`, { withdrawnOn: today }),
    ];
    for (const attempt of attempts) {
      const response = await attempt();
      assert.equal(response.statusCode, 403, response.body);
    }

    const record = (await who("coach").get(`/api/clients/${clientId}`)).json();
    assert.equal(record.details.lastName, "Katsottava");
    assert.equal(record.phase, "referred");
    assert.equal(record.consents.length, 1);
    assert.equal(record.consents[0].inForce, true);
  });

  test("a second identical consent in force is refused with a field message; after withdrawal it may be recorded", async () => {
    const { clientId } = await newClient("Kahdentama");
    const first = await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
    });
    const again = await who("coach").post(`/api/clients/${clientId}/consents`, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
      givenOn: today,
      method: "oral",
    });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().error.code, "conflict");
    assert.match(again.json().error.fields.scope, /already has this consent in force/);
    assert.equal((await who("coach").get(`/api/clients/${clientId}`)).json().consents.length, 1);

    // An already ended consent recorded afterwards is history, not a duplicate in force.
    await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
      givenOn: daysAgo(30),
      validUntil: daysAgo(2),
    });
    const withdrawn = await withdraw(clientId, first.id);
    assert.deepEqual(withdrawn.stillSharedWith, [], "nothing else shares with the team");
    await seesNothing("clinician", clientId);
    const renewed = await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
    });
    assert.equal(renewed.inForce, true);
    await seesShared("clinician", clientId);
  });

  test("withdrawing one of two consents in force says who still sees the client", async () => {
    const { clientId } = await newClient("Kaksinkertainen");
    const first = await consent(clientId, {
      scope: "share_with_treatment_team",
      targetTeamId: treatmentTeamId,
    });
    // A duplicate recorded before the refusal existed (straight into the table, as old data would be).
    const legacy = await t.database.db
      .insertInto("consent")
      .values({
        client_id: clientId,
        scope: "share_with_treatment_team",
        target_team_id: treatmentTeamId,
        given_on: daysAgo(3),
        method: "written",
        recorded_by: (
          await t.database.db
            .selectFrom("consent")
            .select("recorded_by")
            .where("id", "=", first.id)
            .executeTakeFirstOrThrow()
        ).recorded_by,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const answer = await withdraw(clientId, first.id);
    assert.equal(answer.stillSharedWith.length, 1, JSON.stringify(answer.stillSharedWith));
    assert.equal(answer.stillSharedWith[0].consentId, legacy.id);
    assert.match(answer.stillSharedWith[0].recipientName, /^Team /);
    await seesShared("clinician", clientId);

    const last = await withdraw(clientId, legacy.id);
    assert.deepEqual(last.stillSharedWith, []);
    await seesNothing("clinician", clientId);
  });

  test("the organisation's admin, evaluator and reviewer see no client", async () => {
    const { clientId } = await newClient("Yksityinen");
    await consent(clientId, { scope: "share_with_treatment_team", targetTeamId: treatmentTeamId });
    for (const key of ["orgAdmin", "evaluator", "reviewer"]) {
      await seesNothing(key, clientId);
      assert.deepEqual((await who(key).get("/api/clients")).json(), [], `${key} lists no clients`);
    }
  });
});
