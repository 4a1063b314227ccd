import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * Reading the list of reporting networks is audited when something new is read, not on every
 * page load or refetch of the outcome pages: the same list within an hour is one entry.
 */
describe("network list audit", () => {
  let t: TestApp;
  let platform: TestClient;
  let evaluator: TestClient;
  let evaluatorId: string;
  let admin: TestClient;
  let adminId: string;
  let orgId: string;
  const signIn = async (person: { email: string; password: string }) => {
    const c = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };
  const entries = (actorUserId: string) =>
    t.database.db
      .selectFrom("audit_event")
      .select(["details", "organisation_id"])
      .where("event_type", "=", "network.listed")
      .where("actor_user_id", "=", actorUserId)
      .orderBy("seq")
      .execute();
  const network = async () => {
    const created = await platform.post("/api/platform/networks", {
      name: `Region ${randomUUID().slice(0, 8)}`,
      kind: "region",
    });
    assert.equal(created.statusCode, 201, created.body);
    return (created.json() as { id: string }).id;
  };

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    platform = await signIn(await buildStaff(t.database, { platformAdmin: true }));
    const person = await buildStaff(t.database, {});
    evaluatorId = person.id;
    evaluator = await signIn(person);
    const adminPerson = await buildStaff(t.database, { organisationId: orgId, role: "org_admin" });
    adminId = adminPerson.id;
    admin = await signIn(adminPerson);
  });
  after(() => t.close());

  test("an evaluator's refetches of the same networks write one entry; a new network is written at once", async () => {
    const first = await network();
    assert.equal(
      (await platform.post(`/api/platform/networks/${first}/evaluators`, { userId: evaluatorId })).statusCode,
      201,
    );
    for (let i = 0; i < 3; i++) assert.equal((await evaluator.get("/api/networks")).statusCode, 200);
    assert.deepEqual(
      (await entries(evaluatorId)).map((e) => e.details),
      [{ count: 1, networkIds: [first] }],
    );
    const second = await network();
    await platform.post(`/api/platform/networks/${second}/evaluators`, { userId: evaluatorId });
    await evaluator.get("/api/networks");
    await evaluator.get("/api/networks");
    const written = await entries(evaluatorId);
    assert.equal(written.length, 2);
    assert.deepEqual(written[1]?.details, { count: 2, networkIds: [first, second].sort() });
    // An hour later the same list is written again.
    await t.database.db
      .updateTable("audit_event")
      .set({ occurred_at: new Date(Date.now() - 61 * 60_000) })
      .where("event_type", "=", "network.listed")
      .where("actor_user_id", "=", evaluatorId)
      .execute();
    await evaluator.get("/api/networks");
    assert.equal((await entries(evaluatorId)).length, 3);
  });

  test("an organisation's list is written again when an agreement is made or ended, not per refetch", async () => {
    const id = await network();
    const base = `/api/organisations/${orgId}/reporting-networks`;
    await admin.get(base);
    await admin.get(base);
    const once = await entries(adminId);
    assert.equal(once.filter((e) => e.organisation_id === orgId).length, 1);
    assert.equal((await admin.post(base, { networkId: id, agreedOn: "2024-01-01" })).statusCode, 201);
    await admin.get(base);
    await admin.get(base);
    const joined = (await entries(adminId)).filter((e) => e.organisation_id === orgId);
    assert.equal(joined.length, 2);
    assert.equal((joined[1]?.details as { agreementsInForce?: number } | undefined)?.agreementsInForce, 1);
    // The admin's own list (/api/networks, no organisation) is its own stream.
    await admin.get("/api/networks");
    await admin.get("/api/networks");
    assert.equal((await entries(adminId)).filter((e) => e.organisation_id === null).length, 1);
  });
});
