import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Reporting networks through the API: a platform admin creates one and names its evaluators; an
 * organisation admin lists, joins and ends the organisation's agreement, each audited; the
 * denials every route promises.
 */
describe("reporting networks", () => {
  let t: TestApp;
  let platform: TestClient;
  let admin: TestClient;
  let coach: TestClient;
  let otherAdmin: TestClient;
  let orgId: string;
  let otherOrgId: string;
  let evaluatorId: string;
  const signIn = async (person: { email: string; password: string }) => {
    const c = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };
  const audited = async (eventType: string, targetId: string) =>
    Number(
      (
        await t.database.db
          .selectFrom("audit_event")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("event_type", "=", eventType)
          .where("target_id", "=", targetId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    otherOrgId = (await buildOrganisation(t.database)).id;
    const team = await buildTeam(t.database, orgId);
    platform = await signIn(await buildStaff(t.database, { platformAdmin: true }));
    admin = await signIn(await buildStaff(t.database, { organisationId: orgId, role: "org_admin" }));
    coach = await signIn(
      await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId: team.id }),
    );
    otherAdmin = await signIn(
      await buildStaff(t.database, { organisationId: otherOrgId, role: "org_admin" }),
    );
    evaluatorId = (await buildStaff(t.database, {})).id;
  });
  after(() => t.close());

  async function createNetwork(name = `Region ${randomUUID().slice(0, 8)}`) {
    const created = await platform.post("/api/platform/networks", { name, kind: "region" });
    assert.equal(created.statusCode, 201, created.body);
    return created.json() as { id: string; name: string; memberCount: number };
  }

  test("a platform admin creates a network and names an evaluator; others may not", async () => {
    const network = await createNetwork("Itä-Suomen IPS-verkosto");
    assert.equal(network.memberCount, 0);
    const all = await platform.get("/api/platform/networks");
    assert.equal(all.statusCode, 200);
    assert.ok((all.json() as Array<{ id: string }>).some((n) => n.id === network.id));
    assert.equal((await admin.get("/api/platform/networks")).statusCode, 403);
    assert.equal(await audited("network.created", network.id), 1);
    const again = await platform.post("/api/platform/networks", {
      name: "itä-suomen ips-verkosto",
      kind: "national",
    });
    assert.equal(again.statusCode, 409);
    assert.equal(
      (await admin.post("/api/platform/networks", { name: "Mine", kind: "region" })).statusCode,
      403,
    );
    assert.equal(
      (await t.client().post("/api/platform/networks", { name: "Anon", kind: "region" })).statusCode,
      401,
    );
    const bad = await platform.post("/api/platform/networks", { name: "X", kind: "galaxy" });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ["kind", "name"]);

    const added = await platform.post(`/api/platform/networks/${network.id}/evaluators`, {
      userId: evaluatorId,
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(await audited("network.evaluator_added", evaluatorId), 1);
    const twice = await platform.post(`/api/platform/networks/${network.id}/evaluators`, {
      userId: evaluatorId,
    });
    assert.equal(twice.statusCode, 409);
    const nobody = await platform.post(`/api/platform/networks/${network.id}/evaluators`, {
      userId: "nobody",
    });
    assert.equal(nobody.statusCode, 400);
    const noNetwork = await platform.post(`/api/platform/networks/${randomUUID()}/evaluators`, {
      userId: evaluatorId,
    });
    assert.equal(noNetwork.statusCode, 404);
    const byAdmin = await admin.post(`/api/platform/networks/${network.id}/evaluators`, {
      userId: evaluatorId,
    });
    assert.equal(byAdmin.statusCode, 403);

    const ended = await platform.post(`/api/platform/networks/${network.id}/evaluators/${evaluatorId}/end`);
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(await audited("network.evaluator_removed", evaluatorId), 1);
    const endedAgain = await platform.post(
      `/api/platform/networks/${network.id}/evaluators/${evaluatorId}/end`,
    );
    assert.equal(endedAgain.statusCode, 404);
  });

  test("a platform admin names an evaluator by e-mail and lists the network's evaluators", async () => {
    const network = await createNetwork();
    const person = await buildStaff(t.database, {});
    const base = `/api/platform/networks/${network.id}/evaluators`;
    const byEmail = await platform.post(base, { email: person.email.toUpperCase() });
    assert.equal(byEmail.statusCode, 201, byEmail.body);
    assert.equal(byEmail.json().userId, person.id);
    const listed = await platform.get(base);
    assert.equal(listed.statusCode, 200, listed.body);
    assert.deepEqual(
      (listed.json() as Array<{ userId: string; email: string }>).map((e) => [e.userId, e.email]),
      [[person.id, person.email]],
    );
    assert.equal(await audited("network.evaluators_listed", network.id), 1);
    const address = `nobody-${randomUUID()}@example.org`;
    const unknown = await platform.post(base, { email: address });
    assert.equal(unknown.statusCode, 400);
    assert.ok(unknown.json().error.fields.email);
    // The failed lookup is audited (committed although the request failed), without the address.
    const failed = await t.database.db
      .selectFrom("audit_event")
      .select(["outcome", "details", "target_type"])
      .where("event_type", "=", "network.evaluator_add_failed")
      .where("target_id", "=", network.id)
      .execute();
    assert.equal(failed.length, 1);
    assert.equal(failed[0]?.outcome, "failure");
    assert.equal(failed[0]?.target_type, "reporting_network");
    assert.deepEqual(failed[0]?.details, {
      networkId: network.id,
      method: "email",
      reason: "no_active_account",
    });
    assert.ok(!JSON.stringify(failed[0]).includes("nobody-"), "no e-mail address in the entry");
    const closed = await buildStaff(t.database, {});
    await t.database.db
      .updateTable("user")
      .set({ deactivatedAt: new Date() })
      .where("id", "=", closed.id)
      .execute();
    assert.equal((await platform.post(base, { userId: closed.id })).statusCode, 400);
    assert.equal(await audited("network.evaluator_add_failed", network.id), 2, "a closed account too");
    assert.equal(await audited("network.evaluator_added", closed.id), 0);
    const neither = await platform.post(base, {});
    assert.equal(neither.statusCode, 400);
    const both = await platform.post(base, { email: person.email, userId: person.id });
    assert.equal(both.statusCode, 400);
    assert.equal(
      (await platform.post(`${base}/${person.id}/end`)).statusCode,
      200,
      "removed evaluators leave the list",
    );
    assert.deepEqual((await platform.get(base)).json(), []);
    const denials: Array<[string, Promise<{ statusCode: number }>, number]> = [
      ["anonymous", t.client().get(base), 401],
      ["organisation admin", admin.get(base), 403],
      ["coach", coach.get(base), 403],
      ["unknown network", platform.get(`/api/platform/networks/${randomUUID()}/evaluators`), 404],
    ];
    for (const [who, response, status] of denials) assert.equal((await response).statusCode, status, who);
  });

  test("an organisation admin joins, lists and ends an agreement, each audited", async () => {
    const network = await createNetwork();
    const base = `/api/organisations/${orgId}/reporting-networks`;
    const joined = await admin.post(base, { networkId: network.id, agreedOn: "2024-01-01" });
    assert.equal(joined.statusCode, 201, joined.body);
    assert.deepEqual(joined.json().agreement, { agreedOn: "2024-01-01", endedOn: null, inForce: true });
    assert.equal(await audited("network.joined", network.id), 1);

    const listed = await admin.get(base);
    assert.equal(listed.statusCode, 200);
    const mine = (listed.json() as Array<{ networkId: string; agreement: unknown }>).find(
      (n) => n.networkId === network.id,
    );
    assert.deepEqual(mine?.agreement, { agreedOn: "2024-01-01", endedOn: null, inForce: true });
    assert.ok(await audited("network.listed", orgId));

    const mineAsAdmin = (await admin.get("/api/networks")).json() as Array<{
      id: string;
      memberCount: number;
    }>;
    assert.equal(mineAsAdmin.find((n) => n.id === network.id)?.memberCount, 1);

    const twice = await admin.post(base, { networkId: network.id, agreedOn: "2024-02-01" });
    assert.equal(twice.statusCode, 409);

    const ended = await admin.post(`${base}/${network.id}/end`, { endedOn: "2024-12-31" });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual(ended.json().agreement, {
      agreedOn: "2024-01-01",
      endedOn: "2024-12-31",
      inForce: false,
    });
    assert.equal(await audited("network.membership_ended", network.id), 1);
    const endedTwice = await admin.post(`${base}/${network.id}/end`, { endedOn: "2025-01-31" });
    assert.equal(endedTwice.statusCode, 409);
    assert.ok(
      !((await admin.get("/api/networks")).json() as Array<{ id: string }>).some((n) => n.id === network.id),
    );

    // Joining again after the end is a new agreement; one overlapping the old one is not.
    assert.equal((await admin.post(base, { networkId: network.id, agreedOn: "2024-06-01" })).statusCode, 409);
    assert.equal((await admin.post(base, { networkId: network.id, agreedOn: "2025-03-01" })).statusCode, 201);
  });

  test("denials: coach 403, another organisation's admin 404, bad dates 400", async () => {
    const network = await createNetwork();
    const base = `/api/organisations/${orgId}/reporting-networks`;
    const body = { networkId: network.id, agreedOn: "2024-01-01" };
    const cases: Array<[string, Promise<{ statusCode: number; body: string }>, number]> = [
      ["anonymous list", t.client().get(base), 401],
      ["anonymous join", t.client().post(base, body), 401],
      ["coach list", coach.get(base), 403],
      ["coach join", coach.post(base, body), 403],
      ["coach end", coach.post(`${base}/${network.id}/end`, { endedOn: "2024-02-01" }), 403],
      ["other org admin list", otherAdmin.get(base), 404],
      ["other org admin join", otherAdmin.post(base, body), 404],
      ["other org admin end", otherAdmin.post(`${base}/${network.id}/end`, { endedOn: "2024-02-01" }), 404],
      ["agreed in the future", admin.post(base, { ...body, agreedOn: "2999-01-01" }), 400],
      ["not a date", admin.post(base, { ...body, agreedOn: "2024-02-30" }), 400],
      ["unknown field", admin.post(base, { ...body, extra: 1 }), 400],
      ["unknown network", admin.post(base, { ...body, networkId: randomUUID() }), 404],
      ["end without agreement", admin.post(`${base}/${network.id}/end`, { endedOn: "2024-02-01" }), 404],
    ];
    for (const [name, response, status] of cases) {
      const r = await response;
      assert.equal(r.statusCode, status, `${name}: ${r.body}`);
    }
    assert.equal(cases.length, 13);
    assert.equal((await admin.post(base, body)).statusCode, 201);
    const early = await admin.post(`${base}/${network.id}/end`, { endedOn: "2023-12-31" });
    assert.equal(early.statusCode, 400);
    assert.ok(early.json().error.fields.endedOn);
    assert.ok(helsinkiDate() > "2024-01-01");
  });

  test("a coach of a member organisation sees no network", async () => {
    const network = await createNetwork();
    await admin.post(`/api/organisations/${orgId}/reporting-networks`, {
      networkId: network.id,
      agreedOn: "2024-01-01",
    });
    const listed = (await coach.get("/api/networks")).json() as unknown[];
    assert.deepEqual(listed, []);
  });
});
