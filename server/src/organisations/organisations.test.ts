import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { translate } from "../../../core/i18n/index.ts";
import { buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

describe("organisations", () => {
  let t: TestApp;
  let platform: TestClient;
  let orgId: string;
  let orgAdmin: TestClient;
  const firstAdmin = {
    name: "Outi Org-Admin",
    email: `outi-${Date.now()}@example.test`,
    password: "first-admin-pass-0123",
  };

  before(async () => {
    t = await createTestApp();
    const person = await buildStaff(t.database, { platformAdmin: true });
    platform = t.client();
    await platform.signIn(person.email, person.password);
  });
  after(() => t.close());

  test("a platform admin creates an organisation with its first admin, who can sign in and manage it", async () => {
    const created = await platform.post("/api/organisations", {
      name: "Pohjois-Savon hyvinvointialue",
      type: "wellbeing_services_county",
      firstAdmin,
    });
    assert.equal(created.statusCode, 201, created.body);
    orgId = created.json().id;
    assert.equal(created.json().requireTwoFactor, false);
    const listed = (await platform.get("/api/organisations")).json() as Array<{ id: string }>;
    assert.ok(listed.some((o) => o.id === orgId));

    orgAdmin = t.client();
    await orgAdmin.signIn(firstAdmin.email, firstAdmin.password);
    const me = (await orgAdmin.get("/api/me")).json();
    assert.deepEqual(
      me.memberships.map((m: { role: string; organisationId: string }) => [m.role, m.organisationId]),
      [["org_admin", orgId]],
    );
    const org = (await orgAdmin.get(`/api/organisations/${orgId}`)).json();
    assert.equal(org.canManage, true);
    const renamed = await orgAdmin.patch(`/api/organisations/${orgId}`, { name: "PSHVA" });
    assert.equal(renamed.json().name, "PSHVA");
    const team = await orgAdmin.post(`/api/organisations/${orgId}/teams`, {
      name: "IPS Kuopio",
      kind: "ips_team",
    });
    assert.equal(team.statusCode, 201);

    const again = await platform.post("/api/organisations", {
      name: "Duplicate admin org",
      type: "other",
      firstAdmin,
    });
    assert.equal(again.statusCode, 409);
    assert.ok(again.json().error.fields?.["firstAdmin.email"]);
    const orgs = await t.database.db
      .selectFrom("organisation")
      .select("id")
      .where("name", "=", "Duplicate admin org")
      .execute();
    assert.deepEqual(orgs, [], "the organisation was not created without its admin");
  });

  test("requiring two-factor locks members without it out of organisation routes, but not /api/me", async () => {
    const member = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    const coach = t.client();
    await coach.signIn(member.email, member.password);
    assert.equal((await coach.get(`/api/organisations/${orgId}`)).statusCode, 200);
    assert.equal((await coach.get("/api/me")).json().twoFactorRequired, false);

    const toggled = await orgAdmin.patch(`/api/organisations/${orgId}`, { requireTwoFactor: true });
    assert.equal(toggled.statusCode, 200);
    assert.equal(toggled.json().requireTwoFactor, true);

    const me = await coach.get("/api/me");
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().twoFactorRequired, true);
    assert.deepEqual(
      me.json().abilities,
      [{ organisationId: orgId, permissions: [] }],
      "no abilities until enrolled",
    );
    for (const url of [`/api/organisations/${orgId}`, `/api/organisations/${orgId}/teams`]) {
      const denied = await coach.get(url);
      assert.equal(denied.statusCode, 403, url);
      assert.equal(denied.json().error.code, "two_factor_required");
    }
    // The admin who turned it on has no second factor either: they can still reach /api/me to enrol.
    assert.equal((await orgAdmin.get("/api/me")).json().twoFactorRequired, true);
    assert.equal((await orgAdmin.get(`/api/organisations/${orgId}/users`)).statusCode, 403);

    await t.database.db
      .updateTable("organisation")
      .set({ require_two_factor: false })
      .where("id", "=", orgId)
      .execute();
    assert.equal((await coach.get(`/api/organisations/${orgId}`)).statusCode, 200, "lifted again");
  });

  test("after PATCH /api/me {locale: sv} the person's error messages come in Swedish", async () => {
    const member = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    const coach = t.client("fi");
    await coach.signIn(member.email, member.password);
    const before = await coach.post(`/api/organisations/${orgId}/teams`, {
      name: "Not allowed",
      kind: "ips_team",
    });
    assert.equal(before.statusCode, 403);
    assert.equal(
      before.json().error.message,
      translate("en", "errors.forbidden"),
      "their stored language (en) first",
    );

    const changed = await coach.patch("/api/me", { locale: "sv" });
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.json().user.locale, "sv");
    const after = await coach.post(`/api/organisations/${orgId}/teams`, {
      name: "Inte tillåtet",
      kind: "ips_team",
    });
    assert.equal(after.statusCode, 403);
    assert.equal(after.json().error.message, translate("sv", "errors.forbidden"));
    const invalid = await coach.patch("/api/me", { name: "" });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().error.message, translate("sv", "errors.validation_failed"));
    assert.equal(invalid.json().error.fields?.name, translate("sv", "validation.required"));
    assert.equal((await coach.get("/api/me")).json().user.locale, "sv", "kept for the next request");
  });
});
