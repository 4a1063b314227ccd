import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { translate } from "../../../../core/i18n/index.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../testing/factories.ts";
import { isPlatformRoute } from "../testing/route-groups.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import type { TestClient } from "../testing/test-client.ts";

/**
 * Bad input on every write route, as a caller who is allowed to write: a clear 4xx in the one
 * error shape, localised, never a 500, and nothing saved.
 */
type Ctx = { orgId: string; teamId: string; userId: string; networkId: string };
type WriteCase = {
  method: "POST" | "PATCH";
  caller: "platform" | "orgAdmin";
  url: (c: Ctx) => string;
  /** A URL with a malformed id in the path, where the route has one. */
  badPath?: (c: Ctx) => string;
  valid: (c: Ctx) => Record<string, unknown>;
  /** A body with one wrong type, and the field the error must name. */
  wrongType: [Record<string, unknown>, string];
  /** A body missing a required field (or with one missing in a nested item), and its name. */
  missing?: [Record<string, unknown>, string];
};

const admin = { name: "First Admin", email: "first-admin-bad@example.test", password: "long-enough-pass" };
const newOrg = { name: "Bad Input Org", type: "other", firstAdmin: admin };
const newUser = {
  name: "Nina",
  email: "nina-bad@example.test",
  password: "long-enough-pass",
  memberships: [{ role: "coach" }],
};

const writeCases: Record<string, WriteCase> = {
  "PATCH /api/me": {
    method: "PATCH",
    caller: "orgAdmin",
    url: () => "/api/me",
    valid: () => ({ name: "Me" }),
    wrongType: [{ locale: 5 }, "locale"],
  },
  "POST /api/organisations": {
    method: "POST",
    caller: "platform",
    url: () => "/api/organisations",
    valid: () => newOrg,
    wrongType: [{ ...newOrg, requireTwoFactor: "yes" }, "requireTwoFactor"],
    missing: [{ name: newOrg.name, firstAdmin: admin }, "type"],
  },
  "PATCH /api/organisations/:organisationId": {
    method: "PATCH",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}`,
    badPath: () => "/api/organisations/not-a-uuid",
    valid: () => ({ name: "Renamed org" }),
    wrongType: [{ name: 42 }, "name"],
  },
  "POST /api/organisations/:organisationId/teams": {
    method: "POST",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}/teams`,
    badPath: () => "/api/organisations/123/teams",
    valid: () => ({ name: "New team", kind: "ips_team" }),
    wrongType: [{ name: ["x"], kind: "ips_team" }, "name"],
    missing: [{ name: "No kind" }, "kind"],
  },
  "PATCH /api/organisations/:organisationId/teams/:teamId": {
    method: "PATCH",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}/teams/${c.teamId}`,
    badPath: (c) => `/api/organisations/${c.orgId}/teams/not-a-uuid`,
    valid: () => ({ name: "Renamed team" }),
    wrongType: [{ archived: "true" }, "archived"],
  },
  "POST /api/organisations/:organisationId/users": {
    method: "POST",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}/users`,
    badPath: () => "/api/organisations/zzzz/users",
    valid: () => newUser,
    wrongType: [{ ...newUser, memberships: [{ role: "coach", fte: "full" }] }, "memberships.0.fte"],
    missing: [{ ...newUser, password: undefined }, "password"],
  },
  "PATCH /api/organisations/:organisationId/users/:userId": {
    method: "PATCH",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}/users/${c.userId}`,
    badPath: (c) => `/api/organisations/${c.orgId}/users/no-such-user`,
    valid: () => ({ name: "Renamed person" }),
    wrongType: [{ active: 0 }, "active"],
    missing: [{ memberships: [{ fte: 0.5 }] }, "memberships.0.role"],
  },
  "POST /api/platform/users/:userId/deactivation": {
    method: "POST",
    caller: "platform",
    url: (c) => `/api/platform/users/${c.userId}/deactivation`,
    badPath: () => "/api/platform/users/no-such-user/deactivation",
    valid: () => ({ reason: "other" }),
    wrongType: [{ reason: 5 }, "reason"],
    missing: [{}, "reason"],
  },
  "POST /api/organisations/:organisationId/reporting-networks": {
    method: "POST",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}/reporting-networks`,
    badPath: () => "/api/organisations/nope/reporting-networks",
    valid: (c) => ({ networkId: c.networkId, agreedOn: "2024-01-01" }),
    wrongType: [{ networkId: 5, agreedOn: "2024-01-01" }, "networkId"],
    missing: [{ agreedOn: "2024-01-01" }, "networkId"],
  },
  "POST /api/organisations/:organisationId/reporting-networks/:networkId/end": {
    method: "POST",
    caller: "orgAdmin",
    url: (c) => `/api/organisations/${c.orgId}/reporting-networks/${c.networkId}/end`,
    badPath: (c) => `/api/organisations/${c.orgId}/reporting-networks/not-a-uuid/end`,
    valid: () => ({ endedOn: "2024-12-31" }),
    wrongType: [{ endedOn: 20241231 }, "endedOn"],
    missing: [{}, "endedOn"],
  },
  "POST /api/platform/networks": {
    method: "POST",
    caller: "platform",
    url: () => "/api/platform/networks",
    valid: () => ({ name: "Bad input region", kind: "region" }),
    wrongType: [{ name: 7, kind: "region" }, "name"],
    missing: [{ name: "No kind" }, "kind"],
  },
  "POST /api/platform/networks/:networkId/evaluators": {
    method: "POST",
    caller: "platform",
    url: (c) => `/api/platform/networks/${c.networkId}/evaluators`,
    badPath: () => "/api/platform/networks/not-a-uuid/evaluators",
    valid: (c) => ({ userId: c.userId }),
    wrongType: [{ userId: 5 }, "userId"],
    missing: [{}, "userId"],
  },
  "POST /api/platform/networks/:networkId/evaluators/:userId/end": {
    method: "POST",
    caller: "platform",
    url: (c) => `/api/platform/networks/${c.networkId}/evaluators/${c.userId}/end`,
    badPath: (c) => `/api/platform/networks/not-a-uuid/evaluators/${c.userId}/end`,
    valid: () => ({}),
    wrongType: [{ userId: 5 }, "userId"],
  },
};

describe("bad input on write routes", () => {
  let t: TestApp;
  let ctx: Ctx;
  const callers = new Map<string, TestClient>();

  const send = (c: WriteCase, url: string, payload: string, headers: Record<string, string> = {}) =>
    (callers.get(c.caller) as TestClient).request(c.method, url, payload, {
      "content-type": "application/json",
      ...headers,
    });

  async function snapshot() {
    const count = async (table: "organisation" | "team" | "user" | "membership") =>
      (await t.database.db.selectFrom(table).select("id").execute()).length;
    const names = await t.database.db
      .selectFrom("team")
      .select("name")
      .where("id", "=", ctx.teamId)
      .execute();
    const people = await t.database.db
      .selectFrom("user")
      .select(["name", "locale", "deactivatedAt"])
      .orderBy("id")
      .execute();
    const orgs = await t.database.db
      .selectFrom("organisation")
      .select(["name", "require_two_factor"])
      .orderBy("id")
      .execute();
    return {
      organisation: await count("organisation"),
      team: await count("team"),
      user: await count("user"),
      membership: await count("membership"),
      names,
      people,
      orgs,
    };
  }

  function assertError(response: LightMyRequestResponse, status: number, code: string, what: string) {
    assert.equal(response.statusCode, status, `${what}: ${response.body}`);
    assert.match(String(response.headers["content-type"]), /^application\/json/, what);
    const body = response.json();
    assert.equal(body.error.code, code, what);
    assert.equal(body.error.message, translate("en", `errors.${code}`), what);
    return body.error as { code: string; message: string; fields?: Record<string, string> };
  }

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const team = await buildTeam(t.database, org.id);
    const target = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: team.id });
    const network = await t.database.db
      .insertInto("reporting_network")
      .values({ name: "Bad input network", kind: "region", created_by: target.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    ctx = { orgId: org.id, teamId: team.id, userId: target.id, networkId: network.id };
    for (const [caller, options] of [
      ["platform", { platformAdmin: true }],
      ["orgAdmin", { organisationId: org.id, role: "org_admin" as const }],
    ] as const) {
      const person = await buildStaff(t.database, options);
      const client = t.client();
      await client.signIn(person.email, person.password);
      callers.set(caller, client);
    }
  });
  after(() => t.close());

  test("the case table covers every POST and PATCH platform route (others: clients/client-bad-input.test.ts)", () => {
    const writes = t.app.routePolicies
      .filter(
        (r) =>
          (r.method === "POST" || r.method === "PATCH") &&
          r.url.startsWith("/api/") &&
          isPlatformRoute(r.url) &&
          // Comparison cohorts' bad input (CSV rows, counts) has its own table in comparison-cohorts.test.ts.
          !r.url.includes("/comparison-cohorts"),
      )
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    assert.deepEqual(writes, Object.keys(writeCases).sort());
  });

  for (const [key, c] of Object.entries(writeCases)) {
    test(`${key}: malformed, mistyped, unknown, missing, oversized, wrong media type, bad id`, async () => {
      const before = await snapshot();
      const url = c.url(ctx);
      assertError(await send(c, url, '{"name": "unterminated'), 400, "malformed_request", "malformed JSON");
      assertError(await send(c, url, ""), 400, "malformed_request", "empty body");

      const [wrong, wrongField] = c.wrongType;
      const typed = assertError(
        await send(c, url, JSON.stringify(wrong)),
        400,
        "validation_failed",
        "wrong type",
      );
      assert.ok(typed.fields?.[wrongField], `fields names ${wrongField}: ${JSON.stringify(typed.fields)}`);
      assert.notEqual(
        typed.fields?.[wrongField],
        translate("en", "validation.required"),
        "a wrong type is not 'missing'",
      );

      const unknown = assertError(
        await send(c, url, JSON.stringify({ ...c.valid(ctx), isAdmin: true })),
        400,
        "validation_failed",
        "unknown field",
      );
      assert.equal(unknown.fields?.isAdmin, translate("en", "validation.unknown_field"));

      if (c.missing) {
        const [body, field] = c.missing;
        const missing = assertError(
          await send(c, url, JSON.stringify(body)),
          400,
          "validation_failed",
          "missing field",
        );
        // A missing choice (an enum) may say "choose one of the options"; a missing text says "fill in".
        const allowed = [
          translate("en", "validation.required"),
          translate("en", "validation.invalid_option"),
        ];
        assert.ok(
          allowed.includes(missing.fields?.[field] ?? ""),
          `${field}: ${JSON.stringify(missing.fields)}`,
        );
      }

      const huge = JSON.stringify({ ...c.valid(ctx), name: "x".repeat(1024 * 1024 + 1) });
      assertError(await send(c, url, huge), 413, "payload_too_large", "over 1 MB");
      assertError(
        await send(c, url, "<name>x</name>", { "content-type": "application/xml" }),
        415,
        "unsupported_media_type",
        "xml",
      );
      const plain = await send(c, url, JSON.stringify(c.valid(ctx)), { "content-type": "text/plain" });
      assert.ok(plain.statusCode === 415 || plain.statusCode === 400, `text/plain: ${plain.statusCode}`);
      if (c.badPath)
        assertError(
          await send(c, c.badPath(ctx), JSON.stringify(c.valid(ctx))),
          404,
          "not_found",
          "bad path id",
        );

      assert.deepEqual(await snapshot(), before, "nothing was saved");
    });
  }

  test("error messages follow the caller's language; Finnish is never an English fallback", async () => {
    const messages: Record<string, { message: string; field: string | undefined }> = {};
    for (const locale of ["fi", "sv"] as const) {
      const person = await buildStaff(t.database, { organisationId: ctx.orgId, role: "org_admin" });
      const client = t.client(locale);
      await client.signIn(person.email, person.password);
      assert.equal((await client.patch("/api/me", { locale })).statusCode, 200);
      const response = await client.post(`/api/organisations/${ctx.orgId}/teams`, {
        name: 7,
        kind: "ips_team",
      });
      assert.equal(response.statusCode, 400);
      const { error } = response.json();
      messages[locale] = { message: error.message, field: error.fields?.name };
      assert.equal(error.message, translate(locale, "errors.validation_failed"));
      assert.notEqual(error.message, translate("en", "errors.validation_failed"), `${locale} is not English`);
      assert.equal(error.fields?.name, translate(locale, "validation.invalid_type"));
      assert.notEqual(error.fields?.name, translate("en", "validation.invalid_type"));
    }
    assert.notEqual(messages.fi?.message, messages.sv?.message);
    assert.notEqual(messages.fi?.field, messages.sv?.field);
  });

  test("before sign-in, Accept-Language picks the language (401, 404, CSRF failure)", async () => {
    for (const locale of ["fi", "sv"] as const) {
      const anonymous = t.client(locale);
      const denied = await anonymous.post(`/api/organisations/${ctx.orgId}/teams`, "{");
      assert.equal(denied.statusCode, 401);
      assert.equal(denied.json().error.message, translate(locale, "errors.unauthenticated"));
      const missing = await anonymous.get("/api/no-such-route");
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.message, translate(locale, "errors.not_found"));
      const csrf = await anonymous.request("POST", "/api/organisations", newOrg, { "x-csrf-token": "" });
      assert.equal(csrf.statusCode, 403);
      assert.equal(csrf.json().error.message, translate(locale, "errors.csrf_failed"), `CSRF in ${locale}`);
    }
  });

  test("an unknown /api route answers 404 in the error shape, for any method", async () => {
    const client = callers.get("orgAdmin") as TestClient;
    for (const response of [
      await client.get("/api/nothing/here"),
      await client.post("/api/nothing/here", {}),
    ]) {
      assertError(response, 404, "not_found", "unknown route");
      assert.deepEqual(Object.keys(response.json().error).sort(), ["code", "message"]);
    }
  });

  test("a signed-in write without the CSRF header is refused with 403 csrf_failed and saves nothing", async () => {
    const client = callers.get("orgAdmin") as TestClient;
    const before = await snapshot();
    for (const header of [{ "x-csrf-token": "" }, { "x-csrf-token": "forged-token-value" }]) {
      const response = await client.request(
        "POST",
        `/api/organisations/${ctx.orgId}/teams`,
        { name: "CSRF team", kind: "ips_team" },
        {
          "content-type": "application/json",
          ...header,
        },
      );
      assertError(response, 403, "csrf_failed", "csrf");
    }
    assert.deepEqual(await snapshot(), before);
  });
});
