import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { FastifyReply } from "fastify";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import {
  type AuthHarness,
  auditRows,
  Browser,
  createPerson,
  fakeRequest,
  nextIp,
  PASSWORD,
  signedInPerson,
  startAuthHarness,
} from "./auth-test-kit.ts";
import { loadAuthSecret } from "./load-auth-secret.ts";
import { createCredentialUser, setPassword } from "./user-credentials.ts";

describe("sessions, passwords and the stored secret", () => {
  let h: AuthHarness;
  before(async () => {
    h = await startAuthHarness();
  });
  after(() => h.close());

  const signedIn = () => signedInPerson(h);

  test("a session older than 12 hours is refused and deleted, even while in use", async () => {
    const { browser, session } = await signedIn();
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3600 * 1000);
    // Kept alive by use: idle expiry is still ahead, only the absolute limit has passed.
    await h.database.db
      .updateTable("session")
      .set({ createdAt: thirteenHoursAgo } as never)
      .where("id", "=", session.sessionId)
      .execute();
    assert.equal(await h.resolveSession(fakeRequest(browser.cookieHeader())), null);
    const row = await h.database.db
      .selectFrom("session")
      .select("id")
      .where("id", "=", session.sessionId)
      .executeTakeFirst();
    assert.equal(row, undefined);
  });

  test("a session idle past its expiry is refused", async () => {
    const { browser, session } = await signedIn();
    await h.database.db
      .updateTable("session")
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where("id", "=", session.sessionId)
      .execute();
    assert.equal(await h.resolveSession(fakeRequest(browser.cookieHeader())), null);
  });

  test("use slides the idle expiry and hands the browser a refreshed cookie", async () => {
    const { browser, session } = await signedIn();
    // As if last refreshed 10 minutes ago: more than updateAge (5 min), so this use refreshes.
    const soon = new Date(Date.now() + 50 * 60 * 1000);
    await h.database.db
      .updateTable("session")
      .set({ expiresAt: soon })
      .where("id", "=", session.sessionId)
      .execute();
    const cookies: string[] = [];
    const reply = { header: (name: string, value: string) => name === "set-cookie" && cookies.push(value) };
    const again = await h.resolveSession(
      fakeRequest(browser.cookieHeader()),
      reply as unknown as FastifyReply,
    );
    assert.equal(again?.sessionId, session.sessionId);
    const row = await h.database.db
      .selectFrom("session")
      .select("expiresAt")
      .where("id", "=", session.sessionId)
      .executeTakeFirstOrThrow();
    assert.ok(new Date(row.expiresAt).getTime() > soon.getTime() + 5 * 60 * 1000);
    assert.ok(cookies.some((c) => c.startsWith("polku.session_token=") && /Max-Age=3600/.test(c)));
  });

  test("no cookie, a garbage cookie: no session", async () => {
    assert.equal(await h.resolveSession(fakeRequest("")), null);
    assert.equal(await h.resolveSession(fakeRequest("polku.session_token=forged.value")), null);
  });

  test("a real session token under a signature of another secret is refused", async () => {
    const { browser, session } = await signedIn();
    const signed = decodeURIComponent(browser.cookies.get("polku.session_token") ?? "");
    const token = signed.slice(0, signed.lastIndexOf("."));
    const forged = createHmac("sha256", "another secret of at least thirty-two chars")
      .update(token)
      .digest("base64");
    const cookie = `polku.session_token=${encodeURIComponent(`${token}.${forged}`)}`;
    assert.equal(await h.resolveSession(fakeRequest(cookie)), null);
    // The same token with its own signature is still signed in, with the person's actor.
    const own = await h.resolveSession(fakeRequest(browser.cookieHeader()));
    assert.equal(own?.sessionId, session.sessionId);
    assert.equal(own?.actor.userId, session.userId);
  });

  test("changing the password is audited and the old one stops working", async () => {
    const { person, browser } = await signedIn();
    const newPassword = "a brand new passphrase";
    const tooShort = await browser.request("POST", "/change-password", {
      currentPassword: PASSWORD,
      newPassword: "short",
    });
    assert.equal(tooShort.statusCode, 400);
    const changed = await browser.request("POST", "/change-password", {
      currentPassword: PASSWORD,
      newPassword,
      revokeOtherSessions: true,
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const rows = (await auditRows(h.database, "auth.password.changed")).filter(
      (r) => r.actor_user_id === person.id,
    );
    assert.equal(rows.length, 1);
    const old = await new Browser(h.app, nextIp()).request("POST", "/sign-in/email", {
      email: person.email,
      password: PASSWORD,
    });
    assert.equal(old.statusCode, 401);
  });

  test("revoking all sessions ends them and is audited", async () => {
    const { person, browser } = await signedIn();
    const other = new Browser(h.app, nextIp());
    await other.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    const revoked = await browser.request("POST", "/revoke-sessions", {});
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(await h.resolveSession(fakeRequest(other.cookieHeader())), null);
    assert.equal(await h.resolveSession(fakeRequest(browser.cookieHeader())), null);
    const rows = (await auditRows(h.database, "auth.sessions.revoked")).filter(
      (r) => r.actor_user_id === person.id,
    );
    assert.equal(rows.length, 1);
  });

  test("createCredentialUser refuses a taken email (any case) and a short password", async () => {
    const person = await createPerson(h.database);
    await assert.rejects(
      inTransaction(h.database, (trx) =>
        createCredentialUser(trx, {
          name: "B",
          email: ` ${person.email.toUpperCase()} `,
          password: PASSWORD,
          locale: "fi",
        }),
      ),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === "conflict" &&
        error.fields?.email?.key === "already_exists",
    );
    await assert.rejects(
      inTransaction(h.database, (trx) =>
        createCredentialUser(trx, { name: "C", email: "c@example.test", password: "short", locale: "fi" }),
      ),
      (error: unknown) => error instanceof AppError && error.code === "validation_failed",
    );
  });

  test("setPassword replaces the password better-auth checks", async () => {
    const person = await createPerson(h.database);
    await inTransaction(h.database, (trx) => setPassword(trx, person.id, "set by an administrator"));
    const browser = new Browser(h.app, nextIp());
    const ok = await browser.request("POST", "/sign-in/email", {
      email: person.email,
      password: "set by an administrator",
    });
    assert.equal(ok.statusCode, 200);
    const hash = await h.database.db
      .selectFrom("account")
      .select("password")
      .where("userId", "=", person.id)
      .executeTakeFirstOrThrow();
    assert.match(hash.password ?? "", /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  test("the auth secret: configured wins; else generated once and then reused", async () => {
    assert.equal(await loadAuthSecret(h.database, { authSecret: "c".repeat(40) }), "c".repeat(40));
    const [first, second] = await Promise.all([
      loadAuthSecret(h.database, { authSecret: null }),
      loadAuthSecret(h.database, { authSecret: null }),
    ]);
    assert.equal(first, second);
    assert.ok(first.length >= 64);
    assert.equal(await loadAuthSecret(h.database, { authSecret: null }), first);
  });
});
