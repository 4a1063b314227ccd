import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

type Page = { events: { eventType: string; actorName: string }[]; nextBefore: number | null };

/** The audit search asked odd questions: wildcards, huge numbers and ranges, people who left. */
describe("audit log search under attack", () => {
  let t: TestApp;
  let orgId: string;
  let admin: TestClient;

  const get = (query: Record<string, string | number>, org = orgId) => {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
    return admin.get(`/api/organisations/${org}/audit?${qs}`);
  };
  const search = async (query: Record<string, string | number> = {}): Promise<Page> => {
    const response = await get(query);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    const person = await buildStaff(t.database, { organisationId: orgId, role: "org_admin" });
    admin = t.client();
    await admin.signIn(person.email, person.password);
    const coach = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    await sql`update "user" set name = 'Veera Valmentaja' where id = ${coach.id}`.execute(t.database.db);
    await t.client().signIn(coach.email, coach.password);
  });
  after(() => t.close());

  test("LIKE wildcards and backslashes in a name are letters, not patterns", async () => {
    for (const person of ["%%", "__", "\\\\", "%_", "V%a", "_e"])
      assert.deepEqual((await search({ person })).events, [], person);
    assert.ok((await search({ person: "veera" })).events.length > 0, "a real name still finds");
    for (const event of ["%%", "__", ".*", "\\\\"])
      assert.deepEqual((await search({ event })).events, [], event);
  });

  test("a paging number too large for the database, or any odd paging, is 400, never a 500", async () => {
    for (const before of ["99999999999999999999", "1e300", "9223372036854775808", "-1", "0", "1.5", "abc"]) {
      const response = await get({ before });
      assert.equal(response.statusCode, 400, `before=${before}: ${response.body}`);
    }
    for (const limit of ["0", "201", "1e3", "-5"]) {
      const response = await get({ limit });
      assert.equal(response.statusCode, 400, `limit=${limit}: ${response.body}`);
    }
    // The largest seq there can be is a valid bound.
    assert.equal((await get({ before: "9007199254740991" })).statusCode, 200);
  });

  test("the widest date range is answered, and a reversed one is 400", async () => {
    assert.equal((await get({ from: "0001-01-01", to: "9999-12-31" })).statusCode, 200);
    assert.equal((await get({ from: "2026-12-07", to: "2026-12-06" })).statusCode, 400);
    assert.equal((await get({ from: "2026-02-30" })).statusCode, 400);
  });

  test("someone who left shows in the organisation's log for their time there, not after", async () => {
    const otherOrgId = (await buildOrganisation(t.database)).id;
    const leaver = await buildStaff(t.database, { organisationId: orgId, role: "coach" });
    await sql`update "user" set name = 'Lauri Lähtijä' where id = ${leaver.id}`.execute(t.database.db);
    // They worked here until an hour ago and work in another organisation now.
    await sql`update membership set valid_from = now() - interval '2 days', valid_to = now() - interval '1 hour'
              where user_id = ${leaver.id}`.execute(t.database.db);
    await sql`insert into membership (user_id, organisation_id, role) values (${leaver.id}, ${otherOrgId}, 'coach')`.execute(
      t.database.db,
    );
    // Their sign-in now (an entry of no organisation) is the other organisation's business.
    await t.client().signIn(leaver.email, leaver.password);
    const everyone = await search({ limit: 200 });
    assert.ok(
      !everyone.events.some((e) => e.actorName === "Lauri Lähtijä"),
      "a former colleague's sign-in elsewhere is not in this log",
    );
    assert.deepEqual((await search({ person: "Lähtijä" })).events, []);
  });
});
