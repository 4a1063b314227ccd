import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  type AuthHarness,
  auditRows,
  Browser,
  createPerson,
  fakeRequest,
  nextIp,
  PASSWORD,
  startAuthHarness,
  totpCode,
} from "./auth-test-kit.ts";

type Enrolled = { person: { id: string; email: string }; totpURI: string; backupCodes: string[] };

describe("two-factor sign-in (TOTP and backup codes)", () => {
  let h: AuthHarness;
  before(async () => {
    h = await startAuthHarness();
  });
  after(() => h.close());

  /** Signs in, enables TOTP and confirms it with a code, then signs out. */
  async function enrol(): Promise<Enrolled> {
    const person = await createPerson(h.database);
    const browser = new Browser(h.app, nextIp());
    await browser.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    const enabled = await browser.request("POST", "/two-factor/enable", { password: PASSWORD });
    assert.equal(enabled.statusCode, 200, enabled.body);
    const { totpURI, backupCodes } = JSON.parse(enabled.body) as { totpURI: string; backupCodes: string[] };
    assert.match(totpURI, /^otpauth:\/\/totp\/Polku:/);
    assert.equal(backupCodes.length, 10);
    const before = await h.database.db
      .selectFrom("user")
      .select("twoFactorEnabled")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    assert.equal(before.twoFactorEnabled, false, "not enabled until a code proves the app has the secret");
    const verified = await browser.request("POST", "/two-factor/verify-totp", { code: totpCode(totpURI) });
    assert.equal(verified.statusCode, 200, verified.body);
    const afterVerify = await h.database.db
      .selectFrom("user")
      .select("twoFactorEnabled")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    assert.equal(afterVerify.twoFactorEnabled, true);
    assert.equal((await browser.request("POST", "/sign-out", {})).statusCode, 200);
    return { person, totpURI, backupCodes };
  }

  test("after enrolment a sign-in needs the second step, and the TOTP code completes it", async () => {
    const { person, totpURI } = await enrol();
    const browser = new Browser(h.app, nextIp());
    const first = await browser.request("POST", "/sign-in/email", {
      email: person.email,
      password: PASSWORD,
    });
    assert.equal(first.statusCode, 200);
    assert.equal(JSON.parse(first.body).twoFactorRedirect, true);
    assert.equal(
      await h.resolveSession(fakeRequest(browser.cookieHeader())),
      null,
      "no session before the code",
    );

    const wrong = await browser.request("POST", "/two-factor/verify-totp", { code: "000000" });
    assert.equal(wrong.statusCode, 401);
    const ok = await browser.request("POST", "/two-factor/verify-totp", { code: totpCode(totpURI) });
    assert.equal(ok.statusCode, 200, ok.body);
    const session = await h.resolveSession(fakeRequest(browser.cookieHeader()));
    assert.equal(session?.userId, person.id);

    const mine = async (type: string) =>
      (await auditRows(h.database, type)).filter((r) => r.actor_user_id === person.id).map((r) => r.details);
    assert.equal((await mine("auth.two_factor.enabled")).length, 1);
    assert.equal((await mine("auth.sign_in.two_factor_required")).length, 1);
    assert.deepEqual(await mine("auth.two_factor.failed"), [{ method: "totp", reason: "invalid_code" }]);
    // One verification at enrolment, one at sign-in.
    assert.equal((await mine("auth.two_factor.verified")).length, 2);
    const signIns = await mine("auth.sign_in.succeeded");
    assert.deepEqual(signIns.at(-1), { factors: ["password", "totp"] });
  });

  test("a backup code signs in once, and not twice", async () => {
    const { person, backupCodes } = await enrol();
    const code = backupCodes[0] ?? "";
    const first = new Browser(h.app, nextIp());
    await first.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    const used = await first.request("POST", "/two-factor/verify-backup-code", { code });
    assert.equal(used.statusCode, 200, used.body);
    assert.equal((await h.resolveSession(fakeRequest(first.cookieHeader())))?.userId, person.id);

    const second = new Browser(h.app, nextIp());
    await second.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    const reused = await second.request("POST", "/two-factor/verify-backup-code", { code });
    assert.equal(reused.statusCode, 401);
    assert.equal(await h.resolveSession(fakeRequest(second.cookieHeader())), null);
    const rows = (await auditRows(h.database, "auth.two_factor.backup_code_used")).filter(
      (r) => r.actor_user_id === person.id,
    );
    assert.equal(rows.length, 1);
  });

  test("disabling two-factor needs the password and is audited", async () => {
    const { person, totpURI } = await enrol();
    const browser = new Browser(h.app, nextIp());
    await browser.request("POST", "/sign-in/email", { email: person.email, password: PASSWORD });
    await browser.request("POST", "/two-factor/verify-totp", { code: totpCode(totpURI) });
    const refused = await browser.request("POST", "/two-factor/disable", { password: "not the password" });
    assert.equal(refused.statusCode, 400);
    const disabled = await browser.request("POST", "/two-factor/disable", { password: PASSWORD });
    assert.equal(disabled.statusCode, 200, disabled.body);
    const rows = (await auditRows(h.database, "auth.two_factor.disabled")).filter(
      (r) => r.actor_user_id === person.id,
    );
    assert.equal(rows.length, 1);
  });
});
