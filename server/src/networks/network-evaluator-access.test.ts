import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { RegisteredRoute } from "../access/enforce-route-policy.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * A network evaluator belongs to a network and to no organisation. They sign in and see their
 * networks; every client-level and organisation route answers 404 for them, given real ids of a
 * client and an organisation that is a member of their network.
 */
describe("a network evaluator", () => {
  let t: TestApp;
  let evaluator: TestClient;
  let orgId: string;
  let clientId: string;
  let networkId: string;

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    orgId = org.id;
    const team = await buildTeam(t.database, org.id);
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: team.id });
    clientId = (
      await buildClientWithConsent(t.database, {
        organisationId: org.id,
        ipsTeamId: team.id,
        coachUserId: coach.id,
      })
    ).clientId;
    const platformAdmin = await buildStaff(t.database, { platformAdmin: true });
    const network = await t.database.db
      .insertInto("reporting_network")
      .values({ name: `Region ${randomUUID()}`, kind: "region", created_by: platformAdmin.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    networkId = network.id;
    const admin = await buildStaff(t.database, { organisationId: org.id, role: "org_admin" });
    await t.database.db
      .insertInto("network_membership")
      .values({
        network_id: networkId,
        organisation_id: org.id,
        agreed_on: "2024-01-01",
        agreed_by: admin.id,
      })
      .execute();
    const person = await buildStaff(t.database, {});
    await t.database.db
      .insertInto("network_evaluator")
      .values({ network_id: networkId, user_id: person.id, added_by: platformAdmin.id })
      .execute();
    evaluator = t.client();
    await evaluator.signIn(person.email, person.password);
  });
  after(() => t.close());

  test("signs in and sees their network", async () => {
    const me = await evaluator.get("/api/me");
    assert.equal(me.statusCode, 200, me.body);
    const networks = await evaluator.get("/api/networks");
    assert.equal(networks.statusCode, 200, networks.body);
    assert.deepEqual(
      (networks.json() as Array<{ id: string; memberCount: number }>).map((n) => [n.id, n.memberCount]),
      [[networkId, 1]],
    );
  });

  test("sees its own network's aggregates and no other network's", async () => {
    const own = await evaluator.get(`/api/networks/${networkId}/outcomes`);
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().level, "network");
    const anyUser = await t.database.db.selectFrom("user").select("id").executeTakeFirstOrThrow();
    const other = await t.database.db
      .insertInto("reporting_network")
      .values({ name: `Other ${randomUUID()}`, kind: "national", created_by: anyUser.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    const response = await evaluator.get(`/api/networks/${other.id}/outcomes`);
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, "not_found");
  });

  test("gets 404 on every client-level, organisation and organisation-figures route", async () => {
    const routes = t.app.routePolicies.filter(
      (r: RegisteredRoute) =>
        r.method !== "HEAD" &&
        (r.policy.kind === "client" ||
          r.policy.kind === "organisation" ||
          r.policy.kind === "aggregate" ||
          r.url.includes(":clientId")),
    );
    const clientLevel = routes.filter((r) => r.url.includes(":clientId") || r.url.includes("/clients"));
    let tried = 0;
    for (const route of routes) {
      const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) =>
        name === "organisationId" ? orgId : name === "clientId" ? clientId : randomUUID(),
      );
      const response = await evaluator.request(
        route.method as "GET",
        url,
        route.method === "GET" ? undefined : {},
        { "content-type": "application/json" },
      );
      assert.equal(response.statusCode, 404, `${route.method} ${route.url}: ${response.body}`);
      assert.equal(response.json().error.code, "not_found");
      tried++;
    }
    assert.equal(tried, routes.length);
    // 71 client and organisation routes, 38 of them client-level, when this test was written.
    assert.ok(clientLevel.length >= 35, `tried ${clientLevel.length} client-level routes`);
    assert.ok(tried >= 70, `tried ${tried} routes`);
  });
});
