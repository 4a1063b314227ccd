import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { translate } from "../../../../core/i18n/index.ts";
import { helsinkiDate } from "../../../../core/time/dates.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../testing/factories.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import type { TestClient } from "../testing/test-client.ts";

/**
 * Input that once answered 500 or a foreign error shape, found when Polku was tried from outside
 * (issue 8): each class now gets the one error shape, in the caller's language, echoing nothing.
 */
describe("bad input at the edge", () => {
  let t: TestApp;
  let coach: TestClient;
  let teamId: string;
  let coachId: string;

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    teamId = (await buildTeam(t.database, org.id, "ips_team")).id;
    const person = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId });
    coachId = person.id;
    coach = t.client();
    await coach.signIn(person.email, person.password);
  });
  after(() => t.close());

  function expectError(
    response: LightMyRequestResponse,
    status: number,
    code: string,
    locale: "fi" | "en" = "en",
  ) {
    assert.equal(response.statusCode, status, response.body);
    assert.match(String(response.headers["content-type"]), /^application\/json/);
    const body = response.json();
    assert.deepEqual(Object.keys(body), ["error"], response.body);
    assert.equal(body.error.code, code, response.body);
    assert.equal(body.error.message, translate(locale, `errors.${code}`), response.body);
    return body.error as { fields?: Record<string, string> };
  }
  const referral = () => ({
    referralDate: helsinkiDate(),
    source: "self",
    situationAtStart: "unemployed",
    ipsTeamId: teamId,
    coachUserId: coachId,
  });
  const newClient = (client: Record<string, unknown>) =>
    coach.post("/api/clients", {
      client: { firstName: "Eino", lastName: "Edge", ...client },
      referral: referral(),
    });
  const invalidCharacters = translate("en", "validation.invalid_characters");

  test("a NUL in a query parameter or a body text field names the field", async () => {
    const query = expectError(await coach.get("/api/clients?q=ab%00cd"), 400, "validation_failed");
    assert.deepEqual(query.fields, { q: invalidCharacters });
    const body = expectError(await newClient({ lastName: "Ed\u0000ge" }), 400, "validation_failed");
    assert.deepEqual(body.fields, { "client.lastName": invalidCharacters });
  });

  test("a NUL or a lone surrogate in plan content (jsonb), in a value or a key, is refused", async () => {
    const { clientId } = (await newClient({})).json() as { clientId: string };
    const url = `/api/clients/${clientId}/plans/career_profile`;
    const cases: Array<[string, string]> = [
      ['{"content":{"strengths":"\\ud800 alone"}}', "content.strengths"],
      ['{"content":{"strengths":"tail \\udfff"}}', "content.strengths"],
      ['{"content":{"preferredPlaces":["ok","\\u0000"]}}', "content.preferredPlaces.1"],
      ['{"content":{"\\u0000":"x"}}', "content"],
    ];
    for (const [payload, field] of cases) {
      const response = await coach.request("POST", url, payload, { "content-type": "application/json" });
      assert.deepEqual(expectError(response, 400, "validation_failed").fields, {
        [field]: invalidCharacters,
      });
    }
    const fine = await coach.post(url, { content: { strengths: "Emoji 😀 pair is whole" } });
    assert.equal(fine.statusCode, 201, fine.body);
    assert.equal(cases.length, 4);
  });

  test("hours per week the numeric(4,1) column would round are refused; one decimal is kept", async () => {
    const { clientId } = (await newClient({})).json() as { clientId: string };
    const url = `/api/clients/${clientId}/plans/career_profile`;
    for (const hours of [0.04, 0.01, 7.25, 79.95]) {
      const refused = await coach.post(url, { content: { preferredHoursPerWeek: hours } });
      const error = expectError(refused, 400, "validation_failed");
      assert.deepEqual(error.fields, {
        "content.preferredHoursPerWeek": translate("en", "validation.too_precise", { decimals: 1 }),
      });
    }
    const kept = await coach.post(url, { content: { preferredHoursPerWeek: 0.1 } });
    assert.equal(kept.statusCode, 201, kept.body);
    assert.equal(kept.json().content.preferredHoursPerWeek, 0.1);
  });

  test("a valid henkilötunnus of the 1800s is valid; a birth date in the future is refused", async () => {
    const old = await newClient({ henkilotunnus: "311299+0029" });
    assert.equal(old.statusCode, 201, old.body);
    const read = await coach.get(`/api/clients/${old.json().clientId}`);
    assert.equal(read.json().details.birthYear, 1899, read.body);

    const future = expectError(await newClient({ henkilotunnus: "010199F123Y" }), 400, "validation_failed");
    assert.deepEqual(future.fields, {
      "client.henkilotunnus": translate("en", "validation.birth_date_in_future"),
    });
  });

  test("JSON nested deeper than the limit is refused before parsing, also anonymously on sign-in", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const anonymous = t.client("fi");
    const headers = { "content-type": "application/json" };
    expectError(
      await anonymous.request("POST", "/api/auth/sign-in/email", deep, headers),
      400,
      "malformed_request",
      "fi",
    );
    const nested = `{"email":${'{"a":'.repeat(40)}1${"}".repeat(40)}}`;
    expectError(
      await anonymous.request("POST", "/api/auth/sign-in/email", nested, headers),
      400,
      "malformed_request",
      "fi",
    );
    expectError(await coach.request("POST", "/api/clients", deep, headers), 400, "malformed_request");
    const huge = `{"client":{"firstName":"${"x".repeat(1_100_000)}"}}`;
    expectError(
      await anonymous.request("POST", "/api/auth/sign-in/email", huge, headers),
      413,
      "payload_too_large",
      "fi",
    );
  });

  test("the auth bridge answers bad input in the one shape: NUL token, wrong Origin", async () => {
    const anonymous = t.client();
    const revoke = await anonymous.post("/api/auth/revoke-session", { token: "\u0000" });
    assert.deepEqual(expectError(revoke, 400, "validation_failed").fields, { token: invalidCharacters });
    const otherOrigin = await anonymous.request(
      "POST",
      "/api/auth/sign-in/email",
      { email: "someone@example.test", password: "whatever-password" },
      { origin: "http://elsewhere.test", "content-type": "application/json" },
    );
    expectError(otherOrigin, 403, "csrf_failed");
    const wrongType = await anonymous.post("/api/auth/sign-in/email", { email: 5, password: [] });
    assert.equal(wrongType.statusCode, 400, wrongType.body);
    assert.deepEqual(Object.keys(wrongType.json().error).sort(), ["code", "message"]);
  });

  test("URLs Fastify cannot route answer in the one shape without echoing the URL", async () => {
    const hetu = "131052-308T";
    const fi = t.client("fi");
    const badEncoding = await fi.get(`/api/clients/%ZZ${hetu}`);
    expectError(badEncoding, 400, "malformed_request", "fi");
    assert.doesNotMatch(badEncoding.body, /131052|%ZZ/);
    const longParam = await fi.get(`/api/calendar/${hetu}${"x".repeat(200)}`);
    expectError(longParam, 404, "not_found", "fi");
    assert.doesNotMatch(longParam.body, /131052/);
    const signedInLong = await coach.get(`/api/clients/${hetu}${"x".repeat(200)}`);
    expectError(signedInLong, 404, "not_found");
  });
});
