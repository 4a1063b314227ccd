import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { isPlatformRoute } from "../platform/testing/route-groups.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Bad input on every write route outside the platform's own (those are in
 * platform/http/bad-input.test.ts), as a coach who may write: malformed JSON, unknown fields and
 * wrong types get a 400 in the one error shape, never a 500, and nothing is saved. The walk is
 * over the registered routes, so a new route is covered the day it is added.
 */
describe("bad input on client journey routes", () => {
  let t: TestApp;
  let coach: TestClient;
  let ids: { orgId: string; clientId: string; teamId: string };

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const team = await buildTeam(t.database, org.id, "ips_team");
    const person = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: team.id });
    const client = await buildClientWithConsent(t.database, {
      organisationId: org.id,
      ipsTeamId: team.id,
      coachUserId: person.id,
    });
    ids = { orgId: org.id, clientId: client.clientId, teamId: team.id };
    coach = t.client();
    await coach.signIn(person.email, person.password);
  });
  after(() => t.close());

  const writeRoutes = () =>
    t.app.routePolicies.filter(
      (r) =>
        ["POST", "PATCH", "PUT"].includes(r.method) &&
        r.url.startsWith("/api/") &&
        !r.url.startsWith("/api/auth/") &&
        !isPlatformRoute(r.url),
    );
  const urlOf = (url: string) =>
    url.replace(/:([A-Za-z]+)/g, (_, name: string) =>
      name === "clientId" ? ids.clientId : name === "organisationId" ? ids.orgId : randomUUID(),
    );

  async function counts() {
    const n = async (table: "client" | "episode" | "consent" | "activity" | "appointment" | "job") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      client: await n("client"),
      episode: await n("episode"),
      consent: await n("consent"),
      activity: await n("activity"),
      appointment: await n("appointment"),
      job: await n("job"),
    };
  }

  test("malformed JSON, unknown fields and wrong types are refused with field errors; nothing is saved", async () => {
    const routes = writeRoutes();
    assert.ok(routes.length >= 9, `found ${routes.length} write routes`);
    const before = await counts();
    for (const route of routes) {
      const url = urlOf(route.url);
      const what = `${route.method} ${route.url}`;
      const malformed = await coach.request(route.method as "POST", url, '{"oops":', {
        "content-type": "application/json",
      });
      assert.equal(malformed.statusCode, 400, `${what} malformed: ${malformed.body}`);
      assert.equal(malformed.json().error.code, "malformed_request", what);

      const unknown = await coach.request(
        route.method as "POST",
        url,
        { surelyNotAField: 1 },
        { "content-type": "application/json" },
      );
      assert.equal(unknown.statusCode, 400, `${what} unknown field: ${unknown.body}`);
      assert.equal(unknown.json().error.code, "validation_failed", what);
      assert.ok(unknown.json().error.fields, `${what} names the fields`);

      const wrongType = await coach.request(route.method as "POST", url, [1, 2, 3], {
        "content-type": "application/json",
      });
      assert.equal(wrongType.statusCode, 400, `${what} array body: ${wrongType.body}`);

      const huge = await coach.request(
        route.method as "POST",
        url,
        // Over the app's 1 MB limit, or over the route's own when it takes files.
        JSON.stringify({ notes: "x".repeat((route.bodyLimit ?? 1_000_000) + 100_000) }),
        {
          "content-type": "application/json",
        },
      );
      assert.equal(huge.statusCode, 413, `${what} oversized`);
    }
    assert.deepEqual(await counts(), before);
  });

  test("a new client with an invalid henkilötunnus, a future referral or an unknown enum saves nothing", async () => {
    const before = await counts();
    const body = (client: Record<string, unknown>, referral: Record<string, unknown> = {}) => ({
      client: { firstName: "Maija", lastName: "Meikäläinen", ...client },
      referral: {
        referralDate: "2026-01-05",
        source: "self",
        situationAtStart: "unemployed",
        ipsTeamId: ids.teamId,
        ...referral,
      },
    });
    const badHetu = await coach.post("/api/clients", body({ henkilotunnus: "131052-308U" }));
    assert.equal(badHetu.statusCode, 400);
    assert.ok(badHetu.json().error.fields["client.henkilotunnus"], badHetu.body);
    const badDate = await coach.post("/api/clients", body({}, { referralDate: "2026-02-30" }));
    assert.equal(badDate.statusCode, 400);
    assert.ok(badDate.json().error.fields["referral.referralDate"], badDate.body);
    const future = await coach.post("/api/clients", body({}, { referralDate: "2999-01-01" }));
    assert.equal(future.statusCode, 400);
    assert.ok(future.json().error.fields["referral.referralDate"], future.body);
    const badEnum = await coach.post("/api/clients", body({}, { situationAtStart: "retired_wizard" }));
    assert.equal(badEnum.statusCode, 400);
    assert.ok(badEnum.json().error.fields["referral.situationAtStart"], badEnum.body);
    const otherTeam = await coach.post("/api/clients", body({}, { ipsTeamId: randomUUID() }));
    assert.equal(otherTeam.statusCode, 400);
    assert.ok(otherTeam.json().error.fields["referral.ipsTeamId"], otherTeam.body);
    assert.deepEqual(await counts(), before);
  });
});
