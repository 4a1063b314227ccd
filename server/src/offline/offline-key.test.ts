import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/** The session's key for offline drafts (ADR 0016): per session, stable in it, gone with it. */
describe("POST /api/session/offline-key", () => {
  let t: TestApp;
  let person: { email: string; password: string };
  const url = "/api/session/offline-key";

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    person = await buildStaff(t.database, { organisationId: org.id, role: "coach" });
  });
  after(() => t.close());

  const signedIn = async () => {
    const client = t.client();
    await client.signIn(person.email, person.password);
    return client;
  };
  const keyOf = async (client: TestClient) => {
    const response = await client.post(url, {});
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers["cache-control"], "no-store");
    return response.json().key as string;
  };
  const stored = async () =>
    (await t.database.db.selectFrom("session_offline_key").select("session_id").execute()).length;

  test("anonymous is 401 and gets no key", async () => {
    const response = await t.client().post(url, {});
    assert.equal(response.statusCode, 401, response.body);
    assert.equal(response.json().key, undefined);
  });

  test("a session gets 32 random bytes, the same on every ask (a reload opens its drafts)", async () => {
    const client = await signedIn();
    const key = await keyOf(client);
    assert.equal(Buffer.from(key, "base64").length, 32);
    assert.equal(await keyOf(client), key);
  });

  test("another session of the same person gets another key", async () => {
    const [a, b] = [await signedIn(), await signedIn()];
    assert.notEqual(await keyOf(a), await keyOf(b));
  });

  test("signing out revokes the key: the row is deleted and the cookie gets 401", async () => {
    const client = await signedIn();
    await keyOf(client);
    const before = await stored();
    const cookies = new Map(client.cookies);
    assert.equal((await client.post("/api/auth/sign-out", {})).statusCode, 200);
    assert.equal(await stored(), before - 1);
    // The old cookie, replayed after sign-out, cannot fetch the key again.
    for (const [name, value] of cookies) client.cookies.set(name, value);
    assert.equal((await client.post(url, {})).statusCode, 401);
  });

  test("without the CSRF header the request is refused", async () => {
    const client = await signedIn();
    const response = await client.request("POST", url, {}, { "x-csrf-token": "" });
    assert.equal(response.statusCode, 403, response.body);
  });
});
