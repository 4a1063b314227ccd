import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

type Event = {
  seq: number;
  eventType: string;
  actorUserId: string | null;
  targetId: string | null;
  organisationId: string | null;
};
type Page = { events: Event[]; nextBefore: number | null };

/** An organisation admin searches their own organisation's audit log, and nobody else's. */
describe("audit log search", () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let admin: TestClient;
  let adminId: string;
  let coach: { id: string; email: string; password: string };
  let teamIds: string[];
  let outsider: { id: string };
  let between: { from: string; to: string };

  const search = async (query: Record<string, string | number> = {}): Promise<Page> => {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
    const response = await admin.get(`/api/organisations/${orgId}/audit?${qs}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    otherOrgId = (await buildOrganisation(t.database)).id;
    const person = await buildStaff(t.database, { organisationId: orgId, role: "org_admin" });
    adminId = person.id;
    coach = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    admin = t.client();
    await admin.signIn(person.email, person.password);
    teamIds = [];
    for (const name of ["Search A", "Search B", "Search C"]) {
      teamIds.push(
        (await admin.post(`/api/organisations/${orgId}/teams`, { name, kind: "ips_team" })).json().id,
      );
    }
    await sleep(20);
    const from = new Date().toISOString();
    await sleep(20);
    teamIds.push(
      (await admin.post(`/api/organisations/${orgId}/teams`, { name: "Search D", kind: "ips_team" })).json()
        .id,
    );
    await sleep(20);
    between = { from, to: new Date().toISOString() };
    await sleep(20);
    await admin.patch(`/api/organisations/${orgId}/teams/${teamIds[0]}`, { name: "Search A renamed" });
    // The coach signs in: an event with no organisation, which still belongs to this org's log.
    await t.client().signIn(coach.email, coach.password);
    // Another organisation's admin works in their own organisation.
    const otherAdmin = await buildStaff(t.database, { organisationId: otherOrgId, role: "org_admin" });
    outsider = otherAdmin;
    const other = t.client();
    await other.signIn(otherAdmin.email, otherAdmin.password);
    assert.equal(
      (await other.post(`/api/organisations/${otherOrgId}/teams`, { name: "Elsewhere", kind: "ips_team" }))
        .statusCode,
      201,
    );
  });
  after(() => t.close());

  test("newest first, and only this organisation's events and its staff's sign-ins", async () => {
    const page = await search({ limit: 200 });
    const seqs = page.events.map((e) => e.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => b - a),
      "newest first",
    );
    assert.ok(page.events.every((e) => e.organisationId === orgId || e.organisationId === null));
    assert.ok(
      page.events.every((e) => e.actorUserId !== outsider.id),
      "no event of the other organisation's admin",
    );
    assert.ok(!page.events.some((e) => e.organisationId === otherOrgId));
    const signIn = page.events.find(
      (e) => e.eventType === "auth.sign_in.succeeded" && e.actorUserId === coach.id,
    );
    assert.ok(signIn, "the coach's sign-in is in their organisation's log");
  });

  test("filters by actor, target, event type and time", async () => {
    const byCoach = await search({ actorUserId: coach.id });
    assert.ok(byCoach.events.length >= 1);
    assert.ok(byCoach.events.every((e) => e.actorUserId === coach.id));

    const byTarget = await search({ targetId: teamIds[0] as string });
    assert.deepEqual(byTarget.events.map((e) => e.eventType).sort(), ["team.created", "team.updated"]);

    const created = await search({ eventType: "team.created" });
    assert.deepEqual(created.events.map((e) => e.targetId).sort(), [...teamIds].sort());
    assert.ok(created.events.every((e) => e.actorUserId === adminId));

    const window = await search({ eventType: "team.created", ...between });
    assert.deepEqual(
      window.events.map((e) => e.targetId),
      [teamIds[3]],
      "only the team made inside the window",
    );
    assert.deepEqual(
      (await search({ actorUserId: outsider.id })).events,
      [],
      "another org's actor finds nothing",
    );
  });

  test("pages backwards with before/nextBefore without gaps or repeats", async () => {
    const seen: number[] = [];
    let page = await search({ limit: 2 });
    let pages = 1;
    for (let guard = 0; guard < 100; guard++) {
      assert.ok(page.events.length <= 2);
      seen.push(...page.events.map((e) => e.seq));
      if (page.nextBefore === null) break;
      assert.equal(page.nextBefore, page.events.at(-1)?.seq);
      page = await search({ limit: 2, before: page.nextBefore });
      pages++;
    }
    assert.equal(page.nextBefore, null, "the walk reached the oldest entry");
    assert.ok(pages >= 3 && seen.length >= 5, `walked ${pages} pages, ${seen.length} entries`);
    // Each search adds an audit.searched entry on top; the paged walk saw everything older.
    const all = (await search({ limit: 200 })).events.map((e) => e.seq);
    const start = seen[0] as number;
    assert.deepEqual(
      seen,
      all.filter((s) => s <= start),
    );
    assert.equal(new Set(seen).size, seen.length, "no repeats");
  });

  test("searching is itself audited", async () => {
    await search({ eventType: "team.updated" });
    const latest = await search({ eventType: "audit.searched", limit: 1 });
    assert.equal(latest.events[0]?.actorUserId, adminId);
  });

  test("another organisation's admin cannot search this log (404)", async () => {
    const intruder = await buildStaff(t.database, { organisationId: otherOrgId, role: "org_admin" });
    const client = t.client();
    await client.signIn(intruder.email, intruder.password);
    const response = await client.get(`/api/organisations/${orgId}/audit`);
    assert.equal(response.statusCode, 404);
  });
});
