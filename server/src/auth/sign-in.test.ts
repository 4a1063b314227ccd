import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { inTransaction } from "../platform/db/transaction.ts";
import {
  type AuthHarness,
  auditRows,
  Browser,
  createPerson,
  fakeRequest,
  nextIp,
  PASSWORD,
  startAuthHarness,
} from "./auth-test-kit.ts";
import { passwordComputations } from "./password-hash.ts";
import { endAllSessions } from "./user-credentials.ts";

describe("sign-in with email and password", () => {
  let h: AuthHarness;
  before(async () => {
    h = await startAuthHarness();
  });
  after(() => h.close());

  test("a right password signs in: HttpOnly Lax cookie, the session resolves, audited", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    const response = await browser.request("POST", "/sign-in/email", {
      email: person.email,
      password: PASSWORD,
    });
    assert.equal(response.statusCode, 200);
    const cookie = [response.headers["set-cookie"]].flat().find((c) => c?.startsWith("polku.session_token="));
    assert.ok(cookie, "session cookie set");
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.doesNotMatch(cookie, /Secure/i, "plain http publicUrl: no Secure flag");
    assert.equal(response.json().token, undefined, "the session token stays in the HttpOnly cookie");
    const listed = await browser.request("GET", "/list-sessions");
    assert.equal(listed.statusCode, 200);
    assert.doesNotMatch(listed.body, /"token"/, "no session's token is readable by scripts");
    const session = await h.resolveSession(fakeRequest(browser.cookieHeader()));
    assert.equal(session?.userId, person.id);
    const audited = (await auditRows(h.database, "auth.sign_in.succeeded")).filter(
      (r) => r.actor_user_id === person.id,
    );
    assert.equal(audited.length, 1);
    assert.equal(audited[0]?.target_id, session?.sessionId);
  });

  test("an email is matched case-insensitively and trimmed at creation", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    const response = await browser.request("POST", "/sign-in/email", {
      email: person.email.toUpperCase(),
      password: PASSWORD,
    });
    assert.equal(response.statusCode, 200);
  });

  test("a wrong password and an unknown email get the same status, body and work", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    const timed = async (email: string) => {
      const before = passwordComputations();
      const response = await browser.request("POST", "/sign-in/email", {
        email,
        password: "wrong password 123",
      });
      return { response, computations: passwordComputations() - before };
    };
    const wrong = await timed(person.email);
    const unknown = await timed(`nobody-${Date.now()}@example.test`);
    assert.equal(wrong.response.statusCode, 401);
    assert.equal(unknown.response.statusCode, 401);
    assert.equal(unknown.response.body, wrong.response.body);
    assert.deepEqual(JSON.parse(wrong.response.body).error.code, "invalid_credentials");
    assert.equal(browser.cookies.size, 0, "no cookie for a failure");
    // Both paths run exactly one argon2id computation at the production cost (auth-test-kit), so
    // an unknown email is not answered measurably faster. Counted, not timed: a timed assertion
    // fails on a busy machine.
    assert.equal(wrong.computations, 1);
    assert.equal(unknown.computations, 1);
    const failed = await auditRows(h.database, "auth.sign_in.failed");
    const known = failed.find((r) => r.actor_user_id === person.id);
    assert.deepEqual(known?.details, { reason: "invalid_credentials" });
    const anonymous = failed.filter((r) => r.actor_user_id === null);
    assert.ok(anonymous.length >= 1);
    assert.ok(
      anonymous.every((r) => !JSON.stringify(r.details).includes("@")),
      "no email in the audit",
    );
  });

  test("the message follows Accept-Language", async () => {
    const browser = new Browser(h.app, nextIp());
    const response = await browser.request(
      "POST",
      "/sign-in/email",
      { email: "nobody@example.test", password: "wrong password 123" },
      { "accept-language": "fi-FI,fi;q=0.9" },
    );
    assert.match(JSON.parse(response.body).error.message, /salasana/i);
  });

  test("a deactivated person cannot sign in, and endAllSessions ends a live session at once", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    await browser.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    assert.ok(await h.resolveSession(fakeRequest(browser.cookieHeader())));

    await inTransaction(h.database, async (trx) => {
      await trx.updateTable("user").set({ deactivatedAt: new Date() }).where("id", "=", person.id).execute();
      assert.equal(await endAllSessions(trx, person.id), 1);
    });
    assert.equal(await h.resolveSession(fakeRequest(browser.cookieHeader())), null);

    const again = await new Browser(h.app, nextIp()).request("POST", "/sign-in/email", {
      email: person.email,
      password: PASSWORD,
    });
    assert.equal(again.statusCode, 401);
    assert.equal(JSON.parse(again.body).error.code, "invalid_credentials");
    const sessions = await h.database.db
      .selectFrom("session")
      .select("id")
      .where("userId", "=", person.id)
      .execute();
    assert.equal(sessions.length, 0);
    const failed = (await auditRows(h.database, "auth.sign_in.failed")).filter(
      (r) => r.actor_user_id === person.id,
    );
    assert.deepEqual(failed.at(-1)?.details, { reason: "deactivated" });
  });

  test("a session of a person deactivated without ending it is refused and deleted", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    await browser.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    await h.database.db
      .updateTable("user")
      .set({ deactivatedAt: new Date() })
      .where("id", "=", person.id)
      .execute();
    assert.equal(await h.resolveSession(fakeRequest(browser.cookieHeader())), null);
    const left = await h.database.db
      .selectFrom("session")
      .select("id")
      .where("userId", "=", person.id)
      .execute();
    assert.equal(left.length, 0);
  });

  test("repeated sign-ins from one IP are rate-limited, whatever IP header the client sends", async () => {
    const browser = new Browser(h.app, nextIp());
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await browser.request(
        "POST",
        "/sign-in/email",
        { email: "nobody@example.test", password: "wrong password 123" },
        { "x-polku-client-ip": `192.0.2.${i}`, "x-forwarded-for": `198.51.100.${i}` },
      );
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        assert.equal(JSON.parse(response.body).error.code, "rate_limited");
        assert.ok(Number(response.headers["retry-after"]) > 0);
      }
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
    assert.deepEqual(statuses.slice(10), [429, 429]);
    const other = await new Browser(h.app, nextIp()).request("POST", "/sign-in/email", {
      email: "nobody@example.test",
      password: "wrong password 123",
    });
    assert.equal(other.statusCode, 401, "another IP has its own bucket");
    const limited = await auditRows(h.database, "auth.sign_in.rate_limited");
    assert.ok(limited.length >= 2);
    assert.equal(limited[0]?.actor_user_id, null);
  });

  test("only Polku's endpoints are exposed; sign-up and mail flows answer 404", async () => {
    const browser = new Browser(h.app, nextIp());
    assert.equal((await browser.request("GET", "/ok")).statusCode, 200);
    for (const path of [
      "/sign-up/email",
      "/request-password-reset",
      "/sign-in/social",
      "/update-user",
      "/verify-email",
    ]) {
      const response = await browser.request("POST", path, {
        email: "x@example.test",
        password: PASSWORD,
        name: "x",
      });
      assert.equal(response.statusCode, 404, path);
    }
    assert.equal((await browser.request("GET", "/sign-in/email")).statusCode, 404, "wrong method");
    const users = await h.database.db
      .selectFrom("user")
      .select("id")
      .where("email", "=", "x@example.test")
      .execute();
    assert.equal(users.length, 0);
  });

  test("a cross-site origin cannot sign in", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    const response = await browser.request(
      "POST",
      "/sign-in/email",
      { email: person.email, password: PASSWORD },
      { origin: "https://evil.example" },
    );
    assert.equal(response.statusCode, 403);
    assert.equal(browser.cookies.size, 0);
  });

  test("sign-out ends the session and is audited", async () => {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    await browser.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    const cookie = browser.cookieHeader();
    const response = await browser.request("POST", "/sign-out", {});
    assert.equal(response.statusCode, 200);
    assert.equal(await h.resolveSession(fakeRequest(cookie)), null);
    const rows = (await auditRows(h.database, "auth.sign_out")).filter((r) => r.actor_user_id === person.id);
    assert.equal(rows.length, 1);
  });
});
