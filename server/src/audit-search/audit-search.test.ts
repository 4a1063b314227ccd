import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

type Entry = {
  seq: number;
  eventType: string;
  eventName: string;
  actorName: string;
  target: string | null;
  details: { label: string; value: string }[];
};
type Page = { events: Entry[]; nextBefore: number | null };

/** Someone with audit.read searches their organisation's audit log in words, and nobody else's. */
describe("audit log search", () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let admin: TestClient;
  let teamIds: string[];

  const get = (query: Record<string, string | number> = {}) => {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
    return admin.get(`/api/organisations/${orgId}/audit?${qs}`);
  };
  const search = async (query: Record<string, string | number> = {}): Promise<Page> => {
    const response = await get(query);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const rename = (id: string, name: string) =>
    sql`update "user" set name = ${name} where id = ${id}`.execute(t.database.db);

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    otherOrgId = (await buildOrganisation(t.database)).id;
    const person = await buildStaff(t.database, { organisationId: orgId, role: "org_admin" });
    await rename(person.id, "Alma Pääkäyttäjä");
    const coach = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    await rename(coach.id, "Veera Valmentaja");
    admin = t.client();
    await admin.signIn(person.email, person.password);
    assert.equal((await admin.patch("/api/me", { locale: "fi" })).statusCode, 200);
    teamIds = [];
    for (const name of ["Haku A", "Haku B", "Haku C"])
      teamIds.push(
        (await admin.post(`/api/organisations/${orgId}/teams`, { name, kind: "ips_team" })).json().id,
      );
    await admin.patch(`/api/organisations/${orgId}/teams/${teamIds[0]}`, { name: "Haku A uusi" });
    // The coach signs in: an entry with no organisation, which belongs to this organisation's log.
    await t.client().signIn(coach.email, coach.password);
    // Another organisation's admin, with a name like the coach's, works in their own organisation.
    const otherAdmin = await buildStaff(t.database, { organisationId: otherOrgId, role: "org_admin" });
    await rename(otherAdmin.id, "Veera Vieras");
    const other = t.client();
    await other.signIn(otherAdmin.email, otherAdmin.password);
    await other.post(`/api/organisations/${otherOrgId}/teams`, { name: "Muualla", kind: "ips_team" });
    await sleep(5);
  });
  after(() => t.close());

  test("rows are in words: the event's Finnish name, the person's name, the target and details", async () => {
    const page = await search({ limit: 200 });
    const created = page.events.filter((e) => e.eventType === "team.created");
    assert.equal(created.length, 3);
    for (const e of created) {
      assert.equal(e.eventName, "Tiimi luotu");
      assert.equal(e.actorName, "Alma Pääkäyttäjä");
      assert.match(e.target ?? "", /^Tiimi: Haku [ABC]/);
      assert.deepEqual(e.details, [{ label: "Laji", value: "IPS-tiimi" }]);
    }
    const renamed = page.events.find((e) => e.eventType === "team.updated");
    assert.deepEqual(renamed?.details, [{ label: "Muutetut tiedot", value: "nimi" }]);
    const body = JSON.stringify(page);
    for (const id of [...teamIds, orgId]) assert.ok(!body.includes(id), "no internal id in the page");
    assert.ok(
      !body.includes("Muualla") && !body.includes("Veera Vieras"),
      "nothing of the other organisation",
    );
  });

  test("search by a person's name finds their entries, including their sign-in", async () => {
    const page = await search({ person: "veera" });
    assert.ok(page.events.length >= 1);
    assert.ok(page.events.every((e) => e.actorName === "Veera Valmentaja"));
    assert.ok(page.events.some((e) => e.eventType === "auth.sign_in.succeeded"));
    assert.deepEqual((await search({ person: "Nobody Here" })).events, []);
  });

  test("search by words of the event's name in the reader's language, and by both", async () => {
    const created = await search({ event: "tiimi luotu" });
    assert.deepEqual(
      created.events.map((e) => e.eventType),
      ["team.created", "team.created", "team.created"],
    );
    const signIns = await search({ event: "kirjautuminen onnistui", person: "Veera" });
    assert.ok(signIns.events.length >= 1);
    assert.ok(signIns.events.every((e) => e.eventType === "auth.sign_in.succeeded"));
    assert.deepEqual((await search({ event: "tiimi", person: "Veera" })).events, []);
    assert.deepEqual((await search({ event: "team created" })).events, [], "Finnish reader, English words");
  });

  test("search by dates: today holds the entries, a past range holds none", async () => {
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(new Date());
    const now = await search({ event: "tiimi luotu", from: today, to: today });
    assert.equal(now.events.length, 3);
    assert.deepEqual((await search({ from: "2020-01-01", to: "2020-12-31" })).events, []);
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
    const all = (await search({ limit: 200 })).events.map((e) => e.seq);
    const start = seen[0] as number;
    assert.deepEqual(
      seen,
      all.filter((s) => s <= start),
    );
    assert.equal(new Set(seen).size, seen.length, "no repeats");
  });

  test("searching is itself audited", async () => {
    await search({ event: "tiimi" });
    const latest = await search({ event: "lokitapahtumia haettu", limit: 1 });
    assert.equal(latest.events[0]?.actorName, "Alma Pääkäyttäjä");
  });

  test("bad filters are 400 with a Finnish message, never a 500", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: "2026-13-01" }, "from"],
      [{ to: "eilen" }, "to"],
      [{ from: "2026-05-02", to: "2026-05-01" }, "to"],
      [{ person: "a" }, "person"],
      [{ event: "x".repeat(101) }, "event"],
      [{ actorUserId: "someone" }, "actorUserId"],
      [{ before: "-1" }, "before"],
    ];
    for (const [query, field] of cases) {
      const response = await get(query);
      assert.equal(response.statusCode, 400, JSON.stringify(query));
      const body = response.json();
      assert.equal(body.error.code, "validation_failed");
      const message = body.error.fields?.[field];
      assert.ok(
        typeof message === "string" && message.length > 0,
        `${JSON.stringify(query)}: ${response.body}`,
      );
      assert.ok(!/[{}]|Invalid|Expected/.test(message), `a person's message, not zod's: ${message}`);
    }
  });

  test("another organisation's admin cannot search this log (404), a coach may not (403)", async () => {
    const intruder = await buildStaff(t.database, { organisationId: otherOrgId, role: "org_admin" });
    const client = t.client();
    await client.signIn(intruder.email, intruder.password);
    assert.equal((await client.get(`/api/organisations/${orgId}/audit`)).statusCode, 404);
    const coach = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    const coachClient = t.client();
    await coachClient.signIn(coach.email, coach.password);
    assert.equal((await coachClient.get(`/api/organisations/${orgId}/audit`)).statusCode, 403);
  });
});
