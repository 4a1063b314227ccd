import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Findings of the access review, kept fixed: a shared viewer cannot confirm a henkilötunnus by
 * search nor read benefit or health hints from the episodes; a person whose organisation
 * requires two-factor sees no client before enrolling; nobody changes their own roles; the CSRF
 * check cannot be skipped with a percent-encoded path.
 */
const hetu = "131052-308T";

describe("access hardening", () => {
  let t: TestApp;
  let ids: { orgId: string; clientId: string; adminId: string };
  const as: Record<string, TestClient> = {};

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const ips = await buildTeam(t.database, org.id, "ips_team");
    const clinic = await buildTeam(t.database, org.id, "treatment_team");
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: ips.id });
    const client = await buildClientWithConsent(t.database, {
      organisationId: org.id,
      ipsTeamId: ips.id,
      coachUserId: coach.id,
      consentTeamId: clinic.id,
    });
    await t.database.db
      .updateTable("client")
      .set({ henkilotunnus: hetu, birth_date: "1952-10-13" })
      .where("id", "=", client.clientId)
      .execute();
    const clinician = await buildStaff(t.database, {
      organisationId: org.id,
      role: "clinician",
      teamId: clinic.id,
    });
    const admin = await buildStaff(t.database, { organisationId: org.id, role: "org_admin" });
    const twoFactorOrg = await buildOrganisation(t.database, { requireTwoFactor: true });
    const unenrolled = await buildStaff(t.database, {
      organisationId: twoFactorOrg.id,
      role: "coach",
      teamId: ips.id,
    });
    ids = { orgId: org.id, clientId: client.clientId, adminId: admin.id };
    for (const [key, person] of Object.entries({ coach, clinician, admin, unenrolled })) {
      as[key] = t.client();
      await (as[key] as TestClient).signIn(person.email, person.password);
    }
  });
  after(() => t.close());
  const who = (key: string) => as[key] as TestClient;

  test("the IPS team finds the client by henkilötunnus; a consented clinician does not", async () => {
    const coach = await who("coach").get(`/api/clients?q=${hetu}`);
    assert.deepEqual(
      coach.json().map((c: { id: string }) => c.id),
      [ids.clientId],
    );
    const byName = await who("clinician").get("/api/clients?q=Testinen");
    assert.equal(byName.json().length, 1, "the clinician sees the shared client by name");
    const byHetu = await who("clinician").get(`/api/clients?q=${hetu}`);
    assert.deepEqual(byHetu.json(), []);
  });

  test("the shared view's episodes hold no situation at start, referrer, reasons or outreach", async () => {
    const record = (await who("clinician").get(`/api/clients/${ids.clientId}`)).json();
    assert.equal(record.access, "shared");
    const [episode] = record.episodes;
    assert.equal(episode.situationAtStart, null);
    assert.equal(episode.referrerName, null);
    assert.equal(episode.outreachAttempts, null);
    const full = (await who("coach").get(`/api/clients/${ids.clientId}`)).json();
    assert.equal(full.episodes[0].situationAtStart, "unemployed");
  });

  test("before enrolling a required second factor, no client list or caseload is served", async () => {
    const search = await who("unenrolled").get("/api/clients");
    assert.equal(search.statusCode, 403);
    assert.equal(search.json().error.code, "two_factor_required");
    assert.equal((await who("unenrolled").get("/api/caseload")).statusCode, 403);
    assert.equal((await who("unenrolled").get("/api/me")).statusCode, 200, "the own profile still works");
  });

  test("an admin cannot change their own roles", async () => {
    const response = await who("admin").patch(`/api/organisations/${ids.orgId}/users/${ids.adminId}`, {
      memberships: [{ role: "org_admin" }, { role: "coach" }],
    });
    assert.equal(response.statusCode, 400);
    const roles = await t.database.db
      .selectFrom("membership")
      .select("role")
      .where("user_id", "=", ids.adminId)
      .where("valid_to", "is", null)
      .execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ["org_admin"],
    );
  });

  test("a percent-encoded API path does not skip the CSRF check", async () => {
    const response = await who("coach").request(
      "PATCH",
      `/%61pi/clients/${ids.clientId}`,
      { municipality: "Oulu" },
      { "content-type": "application/json", "x-csrf-token": "" },
    );
    assert.notEqual(response.statusCode, 200, response.body);
    const row = await t.database.db
      .selectFrom("client")
      .select("municipality")
      .where("id", "=", ids.clientId)
      .executeTakeFirstOrThrow();
    assert.notEqual(row.municipality, "Oulu");
  });
});
