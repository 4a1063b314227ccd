import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildOrganisation } from "../platform/testing/factories.ts";
import { type AuthHarness, fakeRequest, signedInPerson, startAuthHarness } from "./auth-test-kit.ts";

/** Cookies altered, swapped, replayed after revocation; people removed mid-session (one-statement path). */
describe("the session resolver under attack", () => {
  let h: AuthHarness;
  before(async () => {
    h = await startAuthHarness();
  });
  after(() => h.close());

  async function signedIn() {
    const { person, browser, session } = await signedInPerson(h);
    const signed = decodeURIComponent(browser.cookies.get("polku.session_token") ?? "");
    const dot = signed.lastIndexOf(".");
    return { person, browser, session, token: signed.slice(0, dot), signature: signed.slice(dot + 1) };
  }
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const sameBytes = (letter: string) => B64[B64.indexOf(letter) ^ 1] ?? "";
  const cookie = (token: string, signature: string) =>
    `polku.session_token=${encodeURIComponent(`${token}.${signature}`)}`;

  test("one person's signature on another person's token is refused", async () => {
    const a = await signedIn();
    const b = await signedIn();
    assert.equal(await h.resolveSession(fakeRequest(cookie(b.token, a.signature))), null);
    assert.equal(await h.resolveSession(fakeRequest(cookie(a.token, b.signature))), null);
  });

  test("a signature altered in one character, truncated, padded or empty is refused", async () => {
    const { person, token, signature } = await signedIn();
    const flip = (c: string) => (c === "A" ? "B" : "A");
    const variants = [
      `${flip(signature[0] ?? "")}${signature.slice(1)}`,
      `${signature.slice(0, 20)}${flip(signature[20] ?? "")}${signature.slice(21)}`,
      signature.slice(0, -1),
      `${signature}=`,
      `${signature.slice(0, -1)}`.padEnd(44, "="),
      "",
    ].filter((v) => v !== signature);
    for (const v of variants)
      assert.equal(await h.resolveSession(fakeRequest(cookie(token, v))), null, JSON.stringify(v));
    assert.equal(await h.resolveSession(fakeRequest(cookie(`${token}x`, signature))), null);
    // The same MAC spelled otherwise (URL-safe letters, the last letter's two unused bits): base64
    // decoding takes them, in better-auth too. That is no forgery: it never reaches anyone else.
    for (const v of [
      `${signature.slice(0, 42)}${sameBytes(signature[42] ?? "")}=`,
      signature.replaceAll("+", "-").replaceAll("/", "_"),
    ]) {
      const resolved = await h.resolveSession(fakeRequest(cookie(token, v)));
      assert.ok(resolved === null || resolved.userId === person.id, v);
    }
    assert.equal(await h.resolveSession(fakeRequest(`polku.session_token=${token}`)), null, "unsigned token");
  });

  test("a forged cookie before a real one does not sign anyone else in", async () => {
    const a = await signedIn();
    const both = `polku.session_token=forged.${"A".repeat(43)}=; ${cookie(a.token, a.signature)}`;
    const resolved = await h.resolveSession(fakeRequest(both));
    assert.ok(resolved === null || resolved.userId === a.person.id);
  });

  test("a revoked session, an expired one, a deactivated person and a deleted membership hold at once", async () => {
    const revoked = await signedIn();
    await h.database.db.deleteFrom("session").where("id", "=", revoked.session.sessionId).execute();
    assert.equal(await h.resolveSession(fakeRequest(revoked.browser.cookieHeader())), null);

    const expired = await signedIn();
    await h.database.db
      .updateTable("session")
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where("id", "=", expired.session.sessionId)
      .execute();
    assert.equal(await h.resolveSession(fakeRequest(expired.browser.cookieHeader())), null);

    const gone = await signedIn();
    await h.database.db
      .updateTable("user")
      .set({ deactivatedAt: new Date() })
      .where("id", "=", gone.person.id)
      .execute();
    assert.equal(await h.resolveSession(fakeRequest(gone.browser.cookieHeader())), null);
    const left = await h.database.db
      .selectFrom("session")
      .select("id")
      .where("id", "=", gone.session.sessionId)
      .executeTakeFirst();
    assert.equal(left, undefined, "the deactivated person's session is ended");
  });

  test("a role given and then ended mid-session is gone from the very next request", async () => {
    const { person, browser } = await signedIn();
    const org = await buildOrganisation(h.database);
    const membership = await h.database.db
      .insertInto("membership")
      .values({ user_id: person.id, organisation_id: org.id, role: "org_admin" } as never)
      .returning("id")
      .executeTakeFirstOrThrow();
    const withRole = await h.resolveSession(fakeRequest(browser.cookieHeader()));
    assert.deepEqual(
      withRole?.actor.memberships.map((m) => m.role),
      ["org_admin"],
    );
    await h.database.db
      .updateTable("membership")
      .set({ valid_to: new Date() } as never)
      .where("id", "=", membership.id)
      .execute();
    const without = await h.resolveSession(fakeRequest(browser.cookieHeader()));
    assert.deepEqual(without?.actor.memberships, []);
  });
});
