import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Permission, type Role, roles, rolesGrant } from "../../../core/access/roles.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

/**
 * The route-policy completeness test. Every API route must appear here with a request that would
 * succeed for an allowed caller; the test then proves the denials its policy promises:
 * anonymous → 401, a role without the permission → 403, another organisation's member → 404.
 * A new route without an entry fails this test, and so does an entry for a route that is gone.
 */
type Ctx = { orgId: string; teamId: string; userId: string };
type Case = (ctx: Ctx) => { url: string; body?: unknown };

const cases: Record<string, Case> = {
  "GET /api/me": () => ({ url: "/api/me" }),
  "PATCH /api/me": () => ({ url: "/api/me", body: { locale: "sv" } }),
  "GET /api/organisations": () => ({ url: "/api/organisations" }),
  "POST /api/organisations": () => ({
    url: "/api/organisations",
    body: {
      name: "Denied Org",
      type: "other",
      firstAdmin: { name: "A", email: "denied-admin@example.test", password: "long-enough-pass" },
    },
  }),
  "GET /api/organisations/:organisationId": (c) => ({ url: `/api/organisations/${c.orgId}` }),
  "PATCH /api/organisations/:organisationId": (c) => ({
    url: `/api/organisations/${c.orgId}`,
    body: { name: "Renamed" },
  }),
  "GET /api/organisations/:organisationId/teams": (c) => ({ url: `/api/organisations/${c.orgId}/teams` }),
  "POST /api/organisations/:organisationId/teams": (c) => ({
    url: `/api/organisations/${c.orgId}/teams`,
    body: { name: "Denied team", kind: "ips_team" },
  }),
  "PATCH /api/organisations/:organisationId/teams/:teamId": (c) => ({
    url: `/api/organisations/${c.orgId}/teams/${c.teamId}`,
    body: { name: "Denied rename" },
  }),
  "GET /api/organisations/:organisationId/users": (c) => ({ url: `/api/organisations/${c.orgId}/users` }),
  "POST /api/organisations/:organisationId/users": (c) => ({
    url: `/api/organisations/${c.orgId}/users`,
    body: {
      name: "N",
      email: "denied-user@example.test",
      password: "long-enough-pass",
      memberships: [{ role: "coach" }],
    },
  }),
  "PATCH /api/organisations/:organisationId/users/:userId": (c) => ({
    url: `/api/organisations/${c.orgId}/users/${c.userId}`,
    body: { active: false },
  }),
  "GET /api/organisations/:organisationId/audit": (c) => ({ url: `/api/organisations/${c.orgId}/audit` }),
};

/** Public routes, each a conscious decision; anything else under /api needs a policy case above. */
const publicRoutes = new Set([
  "GET /api/health",
  "GET /api/openapi.json",
  "GET /api/public/sign-in-info",
  "GET /api/auth/*",
  "POST /api/auth/*",
]);

const roleWithout = (permission: Permission): Role | undefined =>
  roles.find((r) => !rolesGrant([r], permission));

describe("route policies", () => {
  let t: TestApp;
  let ctx: Ctx;
  let otherOrgMember: { email: string; password: string };
  let plainCoach: { email: string; password: string };
  const roleUsers = new Map<Role, { email: string; password: string }>();

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const other = await buildOrganisation(t.database);
    const team = await buildTeam(t.database, org.id);
    const target = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: team.id });
    ctx = { orgId: org.id, teamId: team.id, userId: target.id };
    for (const role of roles)
      roleUsers.set(role, await buildStaff(t.database, { organisationId: org.id, role }));
    otherOrgMember = await buildStaff(t.database, { organisationId: other.id, role: "org_admin" });
    plainCoach = await buildStaff(t.database, { organisationId: org.id, role: "coach" });
  });
  after(() => t.close());

  const apiRoutes = () =>
    t.app.routePolicies.filter(
      (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.method !== "HEAD",
    );

  test("every API route has a policy case or is a listed public route, and no case is stale", () => {
    const keys = apiRoutes().map((r) => `${r.method} ${r.url}`);
    const missing = keys.filter((k) => !cases[k] && !publicRoutes.has(k));
    assert.deepEqual(missing, [], "routes without denial cases");
    const stale = Object.keys(cases).filter((k) => !keys.includes(k));
    assert.deepEqual(stale, [], "denial cases for routes that no longer exist");
    for (const route of apiRoutes()) {
      const key = `${route.method} ${route.url}`;
      assert.equal(
        route.policy.kind === "public",
        publicRoutes.has(key),
        `${key}: public policy must match the list`,
      );
    }
  });

  test("anonymous callers get 401 on every non-public route", async () => {
    for (const route of apiRoutes().filter((r) => r.policy.kind !== "public")) {
      const c = cases[`${route.method} ${route.url}`];
      assert.ok(c);
      const { url, body } = c(ctx);
      const response = await t
        .client()
        .request(route.method as "GET", url, body, { "content-type": "application/json" });
      assert.equal(response.statusCode, 401, `${route.method} ${route.url}`);
      assert.equal(response.json().error.code, "unauthenticated");
    }
  });

  test("a member of another organisation gets 404 on organisation routes, and nothing changes", async () => {
    const client = t.client();
    await client.signIn(otherOrgMember.email, otherOrgMember.password);
    const auditBefore = await countAudit(t, "access.denied");
    for (const route of apiRoutes().filter((r) => r.policy.kind === "organisation")) {
      const { url, body } = (cases[`${route.method} ${route.url}`] as Case)(ctx);
      const response = await client.request(route.method as "GET", url, body, {
        "content-type": "application/json",
      });
      assert.equal(response.statusCode, 404, `${route.method} ${route.url}`);
      assert.equal(response.json().error.code, "not_found");
    }
    assert.ok((await countAudit(t, "access.denied")) > auditBefore, "denied attempts are audited");
    const team = await t.database.db
      .selectFrom("team")
      .select("name")
      .where("id", "=", ctx.teamId)
      .executeTakeFirst();
    assert.notEqual(team?.name, "Denied rename");
  });

  test("a role without the permission gets 403 on organisation routes", async () => {
    let checked = 0;
    for (const route of apiRoutes()) {
      if (route.policy.kind !== "organisation") continue;
      const role = roleWithout(route.policy.permission);
      if (!role) continue; // every role holds it (e.g. organisation.read): nobody in the org is refused
      const who = roleUsers.get(role);
      assert.ok(who);
      const client = t.client();
      await client.signIn(who.email, who.password);
      const { url, body } = (cases[`${route.method} ${route.url}`] as Case)(ctx);
      const response = await client.request(route.method as "GET", url, body, {
        "content-type": "application/json",
      });
      assert.equal(response.statusCode, 403, `${route.method} ${route.url} as ${role}`);
      assert.equal(response.json().error.code, "forbidden");
      checked++;
    }
    assert.ok(checked >= 8, `403 was checked on ${checked} routes`);
    const users = await t.database.db
      .selectFrom("user")
      .select("id")
      .where("email", "=", "denied-user@example.test")
      .execute();
    assert.equal(users.length, 0, "a refused create saved nothing");
  });

  test("platform-admin routes refuse everyone else with 403", async () => {
    const client = t.client();
    await client.signIn(plainCoach.email, plainCoach.password);
    for (const route of apiRoutes().filter((r) => r.policy.kind === "platformAdmin")) {
      const { url, body } = (cases[`${route.method} ${route.url}`] as Case)(ctx);
      const response = await client.request(route.method as "GET", url, body, {
        "content-type": "application/json",
      });
      assert.equal(response.statusCode, 403, `${route.method} ${route.url}`);
    }
  });
});

async function countAudit(t: TestApp, eventType: string): Promise<number> {
  const row = await t.database.db
    .selectFrom("audit_event")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("event_type", "=", eventType)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
