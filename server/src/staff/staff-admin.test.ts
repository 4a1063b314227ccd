import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/** An organisation admin runs their staff: teams, people, roles, deactivation; all audited. */
describe("staff administration", () => {
  let t: TestApp;
  let orgId: string;
  let admin: TestClient;
  let adminId: string;
  let teamId: string;
  let coach: { id: string; email: string };
  const PASSWORD = "coach-password-0123";
  const users = () => `/api/organisations/${orgId}/users`;

  const auditOf = (targetId: string) =>
    t.database.db
      .selectFrom("audit_event")
      .select(["event_type", "actor_user_id", "organisation_id", "details"])
      .where("target_id", "=", targetId)
      .orderBy("seq")
      .execute();
  const signInStatus = async (email: string, password: string) =>
    (await t.client().post("/api/auth/sign-in/email", { email, password })).statusCode;

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    const person = await buildStaff(t.database, { organisationId: orgId, role: "org_admin" });
    adminId = person.id;
    admin = t.client();
    await admin.signIn(person.email, person.password);
  });
  after(() => t.close());

  test("an admin creates a team and a coach in it, and the coach can sign in", async () => {
    const team = await admin.post(`/api/organisations/${orgId}/teams`, { name: "Itä IPS", kind: "ips_team" });
    assert.equal(team.statusCode, 201);
    teamId = team.json().id;
    const email = `coach-${Date.now()}@example.test`;
    const created = await admin.post(users(), {
      name: "Kaisa Coach",
      email,
      password: PASSWORD,
      locale: "sv",
      memberships: [{ role: "coach", teamId, fte: 0.8 }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    coach = { id: body.id, email };
    assert.equal(body.active, true);
    assert.equal(body.canManage, true);
    assert.deepEqual(
      body.memberships.map((m: Record<string, unknown>) => [m.role, m.teamId, m.teamName, m.fte]),
      [["coach", teamId, "Itä IPS", 0.8]],
    );
    assert.ok(!JSON.stringify(body).includes(PASSWORD), "the password is not echoed");

    const browser = t.client();
    await browser.signIn(email, PASSWORD);
    const me = (await browser.get("/api/me")).json();
    assert.equal(me.user.id, coach.id);
    assert.equal(me.user.locale, "sv");
    assert.deepEqual(
      me.abilities.map((a: { organisationId: string }) => a.organisationId),
      [orgId],
    );

    const teams = (await admin.get(`/api/organisations/${orgId}/teams`)).json();
    assert.equal(teams.find((x: { id: string }) => x.id === teamId).memberCount, 1);
    assert.deepEqual(
      (await auditOf(coach.id)).map((e) => [e.event_type, e.actor_user_id, e.organisation_id]),
      [
        ["user.created", adminId, orgId],
        ["membership.granted", adminId, orgId],
      ],
    );
  });

  test("a taken email is a 409 naming the email field; a team name clash ignores case", async () => {
    const duplicate = await admin.post(users(), {
      name: "Other",
      email: coach.email.toUpperCase(),
      password: PASSWORD,
      memberships: [{ role: "coach" }],
    });
    assert.equal(duplicate.statusCode, 409, duplicate.body);
    assert.equal(duplicate.json().error.code, "conflict");
    assert.ok(duplicate.json().error.fields?.email, JSON.stringify(duplicate.json()));

    const clash = await admin.post(`/api/organisations/${orgId}/teams`, {
      name: "itä ips",
      kind: "treatment_team",
    });
    assert.equal(clash.statusCode, 409);
    assert.ok(clash.json().error.fields?.name);
    const other = await buildOrganisation(t.database);
    const sameNameElsewhere = await buildTeam(t.database, other.id);
    const free = await admin.post(`/api/organisations/${orgId}/teams`, {
      name: sameNameElsewhere.name,
      kind: "ips_team",
    });
    assert.equal(free.statusCode, 201, "names are unique per organisation only");
  });

  test("changing a membership ends the old row and starts a new one, keeping history", async () => {
    const second = (
      await admin.post(`/api/organisations/${orgId}/teams`, { name: "Länsi IPS", kind: "ips_team" })
    ).json();
    const response = await admin.patch(`${users()}/${coach.id}`, {
      memberships: [{ role: "coach", teamId: second.id, fte: 0.5 }],
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(
      response.json().memberships.map((m: Record<string, unknown>) => [m.teamId, m.fte]),
      [[second.id, 0.5]],
    );
    const rows = await t.database.db
      .selectFrom("membership")
      .select(["team_id", "fte", "valid_from", "valid_to"])
      .where("user_id", "=", coach.id)
      .orderBy("valid_from")
      .orderBy("valid_to")
      .execute();
    assert.equal(rows.length, 2, "history is kept");
    const ended = rows.find((r) => r.team_id === teamId);
    const current = rows.find((r) => r.team_id === second.id);
    assert.ok(ended?.valid_to, "the old membership has an end date");
    assert.equal(current?.valid_to, null);
    const events = (await auditOf(coach.id)).map((e) => e.event_type);
    assert.deepEqual(events.slice(-2), ["membership.ended", "membership.granted"]);
  });

  test("deactivation ends the person's sessions at once and blocks sign-in; reactivation restores it", async () => {
    const browser = t.client();
    await browser.signIn(coach.email, PASSWORD);
    assert.equal((await browser.get("/api/me")).statusCode, 200);

    const off = await admin.patch(`${users()}/${coach.id}`, { active: false });
    assert.equal(off.statusCode, 200);
    assert.equal(off.json().active, false);
    assert.equal((await browser.get("/api/me")).statusCode, 401, "the open session ended");
    const sessions = await t.database.db
      .selectFrom("session")
      .select("id")
      .where("userId", "=", coach.id)
      .execute();
    assert.equal(sessions.length, 0);
    assert.equal(await signInStatus(coach.email, PASSWORD), 401, "cannot sign in while deactivated");

    const list = (await admin.get(users())).json() as Array<{ id: string; active: boolean }>;
    assert.equal(list.find((u) => u.id === coach.id)?.active, false, "still listed, as inactive");

    const on = await admin.patch(`${users()}/${coach.id}`, { active: true });
    assert.equal(on.json().active, true);
    await t.client().signIn(coach.email, PASSWORD);
    const events = (await auditOf(coach.id)).map((e) => e.event_type);
    assert.ok(events.includes("user.deactivated") && events.includes("user.reactivated"), events.join());
    assert.ok(events.indexOf("user.deactivated") < events.indexOf("user.reactivated"));
  });

  test("an admin cannot deactivate themselves or drop their own admin role", async () => {
    const self = `${users()}/${adminId}`;
    const deactivate = await admin.patch(self, { active: false });
    assert.equal(deactivate.statusCode, 400);
    assert.ok(deactivate.json().error.fields?.active);
    const demote = await admin.patch(self, { memberships: [{ role: "coach" }] });
    assert.equal(demote.statusCode, 400);
    assert.ok(demote.json().error.fields?.memberships);
    assert.equal((await admin.get("/api/me")).statusCode, 200, "still signed in");
    const roles = await t.database.db
      .selectFrom("membership")
      .select("role")
      .where("user_id", "=", adminId)
      .where("valid_to", "is", null)
      .execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ["org_admin"],
    );
  });

  test("a create that fails half-way leaves neither the person nor their audit entry", async () => {
    const foreignTeam = await buildTeam(t.database, (await buildOrganisation(t.database)).id);
    const email = `half-way-${Date.now()}@example.test`;
    const auditBefore = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("event_type", "=", "user.created")
      .execute();
    const response = await admin.post(users(), {
      name: "Half Way",
      email,
      password: PASSWORD,
      memberships: [{ role: "coach", teamId: foreignTeam.id }],
    });
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().error.fields?.["memberships.0.teamId"], response.body);
    const user = await t.database.db.selectFrom("user").select("id").where("email", "=", email).execute();
    assert.deepEqual(user, [], "no user row");
    const account = await t.database.db
      .selectFrom("account")
      .innerJoin("user", "user.id", "account.userId")
      .select("account.id")
      .where("user.email", "=", email)
      .execute();
    assert.deepEqual(account, []);
    const auditAfter = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("event_type", "=", "user.created")
      .execute();
    assert.equal(auditAfter.length, auditBefore.length, "no user.created entry");
    assert.equal(await signInStatus(email, PASSWORD), 401);
  });
});
