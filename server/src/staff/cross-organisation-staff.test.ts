import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * A person's account (the global user row) can belong to several organisations. One organisation's
 * admin acts on its own memberships only: deactivation ends the person's roles there (their
 * account too only when it was their last workplace), a person who works elsewhere too is not
 * renamed by one employer, and closing the account everywhere is a platform admin's act.
 */
describe("staff administration across organisations", () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let teamA: string;
  let adminA: TestClient;
  let platform: TestClient;
  let shared: { id: string; email: string; password: string };

  const signedIn = async (person: { email: string; password: string }) => {
    const c = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };
  const user = (id: string) =>
    t.database.db
      .selectFrom("user")
      .select(["name", "deactivatedAt"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const lastAudit = (targetId: string, eventType: string) =>
    t.database.db
      .selectFrom("audit_event")
      .select(["organisation_id", "details", "outcome"])
      .where("target_id", "=", targetId)
      .where("event_type", "=", eventType)
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp();
    orgA = (await buildOrganisation(t.database)).id;
    orgB = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, orgA, "ips_team")).id;
    adminA = await signedIn(await buildStaff(t.database, { organisationId: orgA, role: "org_admin" }));
    platform = await signedIn(await buildStaff(t.database, { platformAdmin: true }));
    // A coach who moved from A to B and still holds a role in both.
    shared = await buildStaff(t.database, { organisationId: orgA, role: "coach", teamId: teamA });
    await t.database.db
      .insertInto("membership")
      .values({
        user_id: shared.id,
        organisation_id: orgB,
        team_id: (await buildTeam(t.database, orgB, "ips_team")).id,
        role: "coach",
      })
      .execute();
  });
  after(() => t.close());

  test("renaming a person who works in another organisation too is refused with a clear message", async () => {
    const before = (await user(shared.id)).name;
    const response = await adminA.patch(`/api/organisations/${orgA}/users/${shared.id}`, {
      name: "Uusi Nimi",
    });
    assert.equal(response.statusCode, 409, response.body);
    assert.match(response.json().error.fields.name, /also works in another organisation/);
    assert.equal((await user(shared.id)).name, before);
  });

  test("deactivating in A ends A's roles only; the account and its sessions stay for B; reactivation restores A's roles", async () => {
    const person = await signedIn(shared);
    const off = await adminA.patch(`/api/organisations/${orgA}/users/${shared.id}`, { active: false });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json().active, false);
    assert.deepEqual(off.json().memberships, []);
    assert.equal((await user(shared.id)).deactivatedAt, null, "the account is not A's to close");
    assert.equal((await person.get("/api/me")).statusCode, 200, "still signed in for B");
    assert.equal((await person.get(`/api/organisations/${orgA}`)).statusCode, 404, "A is gone at once");
    assert.equal((await person.get(`/api/organisations/${orgB}`)).statusCode, 200);
    const entry = await lastAudit(shared.id, "user.deactivated");
    assert.equal(entry.organisation_id, orgA);
    assert.deepEqual(entry.details, { scope: "organisation", account: "kept_for_other_organisations" });

    const on = await adminA.patch(`/api/organisations/${orgA}/users/${shared.id}`, { active: true });
    assert.equal(on.statusCode, 200, on.body);
    assert.equal(on.json().active, true);
    assert.deepEqual(
      on.json().memberships.map((m: { role: string; teamId: string }) => [m.role, m.teamId]),
      [["coach", teamA]],
    );
    assert.equal((await person.get(`/api/organisations/${orgA}`)).statusCode, 200);
  });

  test("deactivating a person whose last workplace was A closes the account and ends their sessions", async () => {
    const only = await buildStaff(t.database, { organisationId: orgA, role: "coach", teamId: teamA });
    const person = await signedIn(only);
    const off = await adminA.patch(`/api/organisations/${orgA}/users/${only.id}`, { active: false });
    assert.equal(off.statusCode, 200, off.body);
    assert.notEqual((await user(only.id)).deactivatedAt, null);
    assert.equal((await person.get("/api/me")).statusCode, 401);
    assert.equal((await lastAudit(only.id, "user.deactivated")).details.account, "deactivated");
  });

  test("only a platform admin deactivates a person everywhere; an organisation cannot reopen it", async () => {
    const url = `/api/platform/users/${shared.id}/deactivation`;
    assert.equal(
      (await t.client().post(url, { reason: "account_compromised" })).statusCode,
      401,
      "anonymous",
    );
    const byAdmin = await adminA.post(url, { reason: "account_compromised" });
    assert.equal(byAdmin.statusCode, 403, "an organisation's admin");
    assert.equal((await user(shared.id)).deactivatedAt, null);
    const unknown = await platform.post("/api/platform/users/no-such-user/deactivation", { reason: "other" });
    assert.equal(unknown.statusCode, 404, unknown.body);

    const person = await signedIn(shared);
    const done = await platform.post(url, { reason: "account_compromised" });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().userId, shared.id);
    assert.ok(done.json().endedSessions >= 1);
    assert.equal((await person.get("/api/me")).statusCode, 401);
    const entry = await lastAudit(shared.id, "user.deactivated");
    assert.equal(entry.organisation_id, null);
    assert.deepEqual(entry.details, {
      scope: "everywhere",
      reason: "account_compromised",
      endedSessions: done.json().endedSessions,
    });

    const reopen = await adminA.patch(`/api/organisations/${orgA}/users/${shared.id}`, { active: true });
    // A sees the person as inactive, but may not reopen an account the platform closed.
    assert.equal(reopen.statusCode, 409, reopen.body);
    assert.ok(reopen.json().error.fields.active);
    assert.notEqual((await user(shared.id)).deactivatedAt, null);

    // The same for someone who works in A only: the platform's closing is not A's to undo.
    const onlyA = await buildStaff(t.database, { organisationId: orgA, role: "coach", teamId: teamA });
    const closed = await platform.post(`/api/platform/users/${onlyA.id}/deactivation`, { reason: "other" });
    assert.equal(closed.statusCode, 200, closed.body);
    const again = await adminA.patch(`/api/organisations/${orgA}/users/${onlyA.id}`, { active: true });
    assert.equal(again.statusCode, 409, again.body);

    // Someone who left A (A closed the account, no roles anywhere), then closed by the platform
    // as compromised: A still may not reopen it.
    const leaver = await buildStaff(t.database, { organisationId: orgA, role: "coach", teamId: teamA });
    const leaverUrl = `/api/organisations/${orgA}/users/${leaver.id}`;
    assert.equal((await adminA.patch(leaverUrl, { active: false })).statusCode, 200);
    const compromised = await platform.post(`/api/platform/users/${leaver.id}/deactivation`, {
      reason: "account_compromised",
    });
    assert.equal(compromised.statusCode, 200, compromised.body);
    const reopened = await adminA.patch(leaverUrl, { active: true });
    assert.equal(reopened.statusCode, 409, reopened.body);
    const signIn = await t.client().post("/api/auth/sign-in/email", {
      email: leaver.email,
      password: leaver.password,
    });
    assert.notEqual(signIn.statusCode, 200, "the account stays closed");
  });
});
