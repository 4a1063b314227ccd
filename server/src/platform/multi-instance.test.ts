import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { type Database, openDatabase } from "./db/database.ts";
import { buildClientWithConsent } from "./testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "./testing/factories.ts";
import { createTestApp, type TestApp } from "./testing/test-app.ts";
import { TestClient } from "./testing/test-client.ts";
import { createTestDatabase } from "./testing/test-database.ts";

/**
 * Two server instances on one database (behind a load balancer): sessions and sign-in rate
 * limits live in the database, so both instances agree. On PGlite the instances share the one
 * embedded database; on PostgreSQL the second one opens a pool of its own on the same database.
 */
async function secondHandle(database: Database): Promise<{ database: Database; close(): Promise<void> }> {
  if (database.kind === "pglite") return { database, close: async () => {} };
  const server = process.env.TEST_DATABASE_URL;
  assert.ok(server, "TEST_DATABASE_URL");
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
  const url = new URL(server);
  url.pathname = `/${rows[0]?.name}`;
  const second = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 2 });
  return { database: second, close: () => second.close() };
}

describe("two instances on one database", () => {
  let database: Database;
  let second: { database: Database; close(): Promise<void> };
  let a: TestApp;
  let b: TestApp;

  before(async () => {
    database = await createTestDatabase();
    second = await secondHandle(database);
    a = await createTestApp(database);
    b = await createTestApp(second.database);
  });
  after(async () => {
    await a.close();
    await b.close();
    await second.close();
    await database.close();
  });

  /** The same browser (cookies, address) talking to the other instance. */
  function sameBrowserOn(app: TestApp, browser: TestClient): TestClient {
    const other = new (class extends TestClient {
      override readonly address = browser.address;
    })(app.app, browser.language);
    for (const [name, value] of browser.cookies) other.cookies.set(name, value);
    return other;
  }

  test("a session made on one instance is recognised on the other, and sign-out on either ends it", async () => {
    const person = await buildStaff(database, { platformAdmin: true });
    const onA = a.client();
    await onA.signIn(person.email, person.password);
    const onB = sameBrowserOn(b, onA);
    const me = await onB.get("/api/me");
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.id, person.id);
    assert.equal((await onB.get("/api/organisations")).statusCode, 200);

    const out = await onB.post("/api/auth/sign-out", {});
    assert.equal(out.statusCode, 200, out.body);
    assert.equal((await onA.get("/api/me")).statusCode, 401, "signed out on A too");
    assert.equal((await sameBrowserOn(a, onA).get("/api/me")).statusCode, 401);
  });

  test("a removed role, a revoked session and a deactivation hold on the next request, on both instances", async () => {
    // Nothing about the caller is cached between requests (auth/resolve-session.ts): each request
    // reads the session, the person and their memberships again, on whichever instance it reaches.
    const org = await buildOrganisation(database);
    const team = await buildTeam(database, org.id);
    const coach = await buildStaff(database, { organisationId: org.id, role: "coach", teamId: team.id });
    const { clientId } = await buildClientWithConsent(database, {
      organisationId: org.id,
      ipsTeamId: team.id,
      coachUserId: coach.id,
    });
    const onA = a.client();
    await onA.signIn(coach.email, coach.password);
    const onB = sameBrowserOn(b, onA);
    const record = `/api/clients/${clientId}`;
    assert.equal((await onA.get(record)).statusCode, 200);
    assert.equal((await onB.get(record)).statusCode, 200);

    // The role ends (on the database, as another instance's admin would): the next request on
    // either instance no longer sees the client.
    await database.db
      .updateTable("membership")
      .set({ valid_to: new Date() })
      .where("user_id", "=", coach.id)
      .execute();
    assert.equal((await onB.get(record)).statusCode, 404);
    assert.equal((await onA.get(record)).statusCode, 404);
    assert.equal((await onA.get("/api/me")).json().memberships.length, 0);

    // Another browser's session of the same person is revoked from this one: refused on both.
    const other = b.client();
    await other.signIn(coach.email, coach.password);
    assert.equal((await other.get("/api/me")).statusCode, 200);
    await database.db.deleteFrom("session").where("userId", "=", coach.id).execute();
    assert.equal((await other.get("/api/me")).statusCode, 401);
    assert.equal((await sameBrowserOn(a, other).get("/api/me")).statusCode, 401);

    // Deactivation ends a session in use at its next request, and the session row with it.
    const again = a.client();
    await again.signIn(coach.email, coach.password);
    assert.equal((await sameBrowserOn(b, again).get("/api/me")).statusCode, 200);
    await database.db
      .updateTable("user")
      .set({ deactivatedAt: new Date() })
      .where("id", "=", coach.id)
      .execute();
    assert.equal((await sameBrowserOn(b, again).get("/api/me")).statusCode, 401);
    assert.equal((await again.get("/api/me")).statusCode, 401);
    const left = await database.db
      .selectFrom("session")
      .select("id")
      .where("userId", "=", coach.id)
      .execute();
    assert.equal(left.length, 0);
  });

  test("sign-in failures on both instances count towards one rate limit", async () => {
    const person = await buildStaff(database, { platformAdmin: true });
    const onA = a.client();
    const onB = sameBrowserOn(b, onA);
    const attempt = (client: TestClient, password = "wrong-password-0000") =>
      client.post("/api/auth/sign-in/email", { email: person.email, password });
    // 10 a minute per address (server/src/auth/create-auth.ts): 5 on A and 5 on B use it up.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await attempt(onA)).statusCode, (await attempt(onB)).statusCode);
    }
    assert.deepEqual(statuses, Array(10).fill(401));
    const limitedB = await attempt(onB, person.password);
    assert.equal(limitedB.statusCode, 429, "B counts A's failures: even the right password waits");
    assert.equal(limitedB.json().error.code, "rate_limited");
    assert.equal((await attempt(onA, person.password)).statusCode, 429, "and A counts B's");
    // Another address is not affected, on either instance.
    await b.client().signIn(person.email, person.password);
  });

  test("each instance sees the other's writes at once", async () => {
    const person = await buildStaff(database, { platformAdmin: true });
    const onA = a.client();
    await onA.signIn(person.email, person.password);
    const created = await onA.post("/api/organisations", {
      name: "Shared Org",
      type: "other",
      firstAdmin: { name: "S", email: `shared-${Date.now()}@example.test`, password: "shared-password-01" },
    });
    assert.equal(created.statusCode, 201);
    const listed = (await sameBrowserOn(b, onA).get("/api/organisations")).json() as Array<{ id: string }>;
    assert.ok(listed.some((o) => o.id === created.json().id));
  });
});
