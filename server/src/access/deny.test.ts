import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Every denial of the gate leaves exactly one committed `access.denied` entry naming its target,
 * whether the route hook refused or a use case refused inside a transaction that then rolled back.
 * The entry holds ids and the reason only, never personal data.
 */
describe("one audited denial helper", () => {
  let t: TestApp;
  let orgId: string;
  let teamA: string;
  let clientId: string;
  const as: Record<string, TestClient> = {};

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const other = await buildOrganisation(t.database);
    orgId = org.id;
    teamA = (await buildTeam(t.database, org.id, "ips_team")).id;
    const teamB = (await buildTeam(t.database, org.id, "ips_team")).id;
    const clinic = (await buildTeam(t.database, org.id, "treatment_team")).id;
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: teamA });
    clientId = (
      await buildClientWithConsent(t.database, {
        organisationId: org.id,
        ipsTeamId: teamA,
        coachUserId: coach.id,
        consentTeamId: clinic,
        firstName: "Salainen",
        lastName: "Henkilö",
      })
    ).clientId;
    for (const [key, person] of [
      ["stranger", await buildStaff(t.database, { organisationId: other.id, role: "coach" })],
      [
        "clinician",
        await buildStaff(t.database, { organisationId: org.id, role: "clinician", teamId: clinic }),
      ],
      ["coachB", await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: teamB })],
    ] as const) {
      as[key] = t.client();
      await (as[key] as TestClient).signIn(person.email, person.password);
    }
  });
  after(() => t.close());

  /** Runs the request and returns the access.denied entries it added. */
  async function denialsOf(request: () => Promise<{ statusCode: number }>, status: number) {
    const last = await t.database.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirstOrThrow();
    const response = await request();
    assert.equal(response.statusCode, status);
    return t.database.db
      .selectFrom("audit_event")
      .select(["outcome", "organisation_id", "target_type", "target_id", "details"])
      .where("event_type", "=", "access.denied")
      .where("seq", ">", Number(last.seq ?? 0))
      .execute();
  }
  const noPersonalData = (entries: Array<{ details: unknown }>) => {
    const text = JSON.stringify(entries);
    for (const secret of ["Salainen", "Henkilö"]) assert.ok(!text.includes(secret), secret);
  };

  test("a client out of scope: 404 and one entry naming the client, not its organisation", async () => {
    const entries = await denialsOf(() => (as.stranger as TestClient).get(`/api/clients/${clientId}`), 404);
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.equal(entry?.outcome, "denied");
    assert.equal(entry?.target_type, "client");
    assert.equal(entry?.target_id, clientId);
    assert.equal(entry?.organisation_id, null);
    assert.deepEqual(entry?.details, { method: "GET", route: "/api/clients/:clientId", reason: "not_found" });
    noPersonalData(entries);
  });

  test("a shared-only viewer on a full-record action: 403 and one entry naming the client and organisation", async () => {
    const entries = await denialsOf(
      () => (as.clinician as TestClient).patch(`/api/clients/${clientId}`, { lastName: "Muutettu" }),
      403,
    );
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.target_id, clientId);
    assert.equal(entries[0]?.organisation_id, orgId);
    assert.equal((entries[0]?.details as { reason?: string } | undefined)?.reason, "forbidden");
    noPersonalData(entries);
  });

  test("a use case's denial inside its transaction is still committed, once", async () => {
    const entries = await denialsOf(
      () =>
        (as.coachB as TestClient).post("/api/clients", {
          client: { firstName: "Salainen", lastName: "Henkilö" },
          referral: {
            referralDate: helsinkiDate(),
            source: "self",
            situationAtStart: "unemployed",
            ipsTeamId: teamA,
          },
        }),
      403,
    );
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.organisation_id, orgId);
    assert.deepEqual(entries[0]?.details, {
      method: "POST",
      route: "/api/clients",
      reason: "forbidden",
      action: "client.create",
    });
    noPersonalData(entries);
  });

  test("a denial answered as a field error (a client named in a body) is still audited once", async () => {
    const startsAt = new Date(Date.now() + 86_400_000);
    const entries = await denialsOf(
      () =>
        (as.coachB as TestClient).post("/api/appointments", {
          clientId,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          place: "office",
          purpose: "x",
        }),
      400,
    );
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.target_id, clientId);
    assert.equal((entries[0]?.details as { reason?: string } | undefined)?.reason, "not_found");
  });

  test("a malformed client id is not found and names no target", async () => {
    const entries = await denialsOf(() => (as.stranger as TestClient).get("/api/clients/not-a-uuid"), 404);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.target_id, null);
  });
});
