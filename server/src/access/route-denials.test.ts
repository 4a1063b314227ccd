import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { type Role, roles, rolesGrant } from "../../../core/access/roles.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";
import type { RegisteredRoute } from "./enforce-route-policy.ts";

/**
 * The route-policy completeness test. It walks every registered API route and proves the denials
 * its declared policy promises: anonymous → 401; a role without the permission → 403; a member of
 * another organisation, or anyone outside a client's IPS team and consents → 404; a consented
 * viewer on a route that needs the full record → 403. The gate decides before validation, so a
 * request needs only the ids in its path. Public routes must be listed below with a reason.
 */
const publicRoutes: Record<string, string> = {
  "GET /api/health": "monitoring",
  "GET /api/openapi.json": "the API's own description",
  "GET /api/public/sign-in-info": "shown on the sign-in page",
  "GET /api/auth/*": "better-auth endpoints check their own session",
  "POST /api/auth/*": "better-auth endpoints check their own session",
  "GET /api/calendar/:token": "calendar apps cannot sign in; the secret URL is the credential",
};

type Ctx = { orgId: string; clientId: string };

/** The route's path with real ids for the organisation and client, and fresh ids for the rest. */
function urlFor(route: RegisteredRoute, ctx: Ctx): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    name === "organisationId"
      ? ctx.orgId
      : name === "clientId"
        ? ctx.clientId
        : name === "token"
          ? "x"
          : randomUUID(),
  );
}

async function call(client: TestClient, route: RegisteredRoute, ctx: Ctx) {
  return client.request(route.method as "GET", urlFor(route, ctx), route.method === "GET" ? undefined : {}, {
    "content-type": "application/json",
  });
}

describe("route policies", () => {
  let t: TestApp;
  let ctx: Ctx;
  const signedIn = new Map<string, TestClient>();
  const as = async (key: string, person: { email: string; password: string }) => {
    const client = t.client();
    await client.signIn(person.email, person.password);
    signedIn.set(key, client);
  };

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const other = await buildOrganisation(t.database);
    const ipsTeam = await buildTeam(t.database, org.id, "ips_team");
    const clinic = await buildTeam(t.database, org.id, "treatment_team");
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: ipsTeam.id });
    const client = await buildClientWithConsent(t.database, {
      organisationId: org.id,
      ipsTeamId: ipsTeam.id,
      coachUserId: coach.id,
      consentTeamId: clinic.id,
    });
    ctx = { orgId: org.id, clientId: client.clientId };
    for (const role of roles) await as(role, await buildStaff(t.database, { organisationId: org.id, role }));
    await as("otherOrgAdmin", await buildStaff(t.database, { organisationId: other.id, role: "org_admin" }));
    await as("otherOrgCoach", await buildStaff(t.database, { organisationId: other.id, role: "coach" }));
    await as(
      "consentedClinician",
      await buildStaff(t.database, { organisationId: org.id, role: "clinician", teamId: clinic.id }),
    );
  });
  after(() => t.close());

  const apiRoutes = () =>
    t.app.routePolicies.filter(
      (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.method !== "HEAD",
    );

  test("public API routes are exactly the listed ones", () => {
    const actual = apiRoutes()
      .filter((r) => r.policy.kind === "public")
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    assert.deepEqual(actual, Object.keys(publicRoutes).sort());
  });

  test("anonymous callers get 401 on every non-public route", async () => {
    let checked = 0;
    for (const route of apiRoutes().filter((r) => r.policy.kind !== "public")) {
      const response = await call(t.client(), route, ctx);
      assert.equal(response.statusCode, 401, `${route.method} ${route.url}`);
      assert.equal(response.json().error.code, "unauthenticated");
      checked++;
    }
    // 85 signed-in routes when this guard was written; fewer means the walk lost routes.
    assert.ok(checked >= 80, `401 was checked on ${checked} routes`);
  });

  test("another organisation's members get 404 on organisation and client routes", async () => {
    const before = await countAudit(t, "access.denied");
    let checked = 0;
    for (const route of apiRoutes().filter(
      (r) => r.policy.kind === "organisation" || r.policy.kind === "client",
    )) {
      for (const who of ["otherOrgAdmin", "otherOrgCoach"]) {
        const response = await call(signedIn.get(who) as TestClient, route, ctx);
        assert.equal(response.statusCode, 404, `${route.method} ${route.url} as ${who}`);
        assert.equal(response.json().error.code, "not_found");
        checked++;
      }
    }
    assert.ok(checked > 10);
    assert.ok((await countAudit(t, "access.denied")) >= before + checked, "every denial is audited");
  });

  test("a role without the permission gets 403 on organisation routes", async () => {
    let checked = 0;
    for (const route of apiRoutes()) {
      if (route.policy.kind !== "organisation") continue;
      const { permission } = route.policy;
      const role = roles.find((r: Role) => !rolesGrant([r], permission));
      if (!role) continue; // every role holds it (organisation.read): nobody in the organisation is refused
      const response = await call(signedIn.get(role) as TestClient, route, ctx);
      assert.equal(response.statusCode, 403, `${route.method} ${route.url} as ${role}`);
      assert.equal(response.json().error.code, "forbidden");
      checked++;
    }
    assert.ok(checked >= 8, `403 was checked on ${checked} routes`);
  });

  test("client routes: roles outside the IPS team see no client, a consented viewer cannot use full routes", async () => {
    const clientRoutes = apiRoutes().filter((r) => r.policy.kind === "client");
    // 38 client routes, 34 of them needing the full record, when this guard was written.
    assert.ok(clientRoutes.length >= 35, `found ${clientRoutes.length} client routes`);
    let fullChecked = 0;
    for (const route of clientRoutes) {
      for (const role of ["org_admin", "evaluator", "reviewer", "clinician"] as const) {
        const response = await call(signedIn.get(role) as TestClient, route, ctx);
        assert.equal(response.statusCode, 404, `${route.method} ${route.url} as ${role} without consent`);
      }
      if (route.policy.kind === "client" && route.policy.need === "full") {
        const response = await call(signedIn.get("consentedClinician") as TestClient, route, ctx);
        assert.equal(response.statusCode, 403, `${route.method} ${route.url} as consented clinician`);
        assert.equal(response.json().error.code, "forbidden");
        fullChecked++;
      }
    }
    assert.ok(fullChecked >= 30, `a consented viewer was refused on ${fullChecked} full-record routes`);
  });

  test("figure routes: another organisation's members get 404, roles without figures 403", async () => {
    const routes = apiRoutes().filter((r) => r.policy.kind === "aggregate");
    let checked = 0;
    for (const route of routes) {
      for (const who of ["otherOrgAdmin", "otherOrgCoach"]) {
        const response = await call(signedIn.get(who) as TestClient, route, ctx);
        assert.equal(response.statusCode, 404, `${route.method} ${route.url} as ${who}`);
        checked++;
      }
      // The organisation's own scope is real here (team and coach ids in the walk are fresh ones).
      if (route.policy.kind !== "aggregate" || route.policy.scope !== "organisation") continue;
      for (const role of ["coach", "team_lead", "clinician", "reviewer"] as const) {
        const response = await call(signedIn.get(role) as TestClient, route, ctx);
        assert.equal(response.statusCode, 403, `${route.method} ${route.url} as ${role}`);
        checked++;
      }
    }
    // The organisation, team, coach and drill-down routes of issue 9 when this was written.
    assert.ok(routes.length >= 4 && checked >= 12, `${routes.length} routes, ${checked} checks`);
  });

  test("platform-admin routes refuse everyone else with 403", async () => {
    let checked = 0;
    for (const route of apiRoutes().filter((r) => r.policy.kind === "platformAdmin")) {
      const response = await call(signedIn.get("coach") as TestClient, route, ctx);
      assert.equal(response.statusCode, 403, `${route.method} ${route.url}`);
      checked++;
    }
    // GET and POST /api/organisations; without this the loop could pass having checked nothing.
    assert.ok(checked >= 2, `403 was checked on ${checked} platform-admin routes`);
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
