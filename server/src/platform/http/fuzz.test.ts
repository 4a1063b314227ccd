import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { roles, rolesGrant } from "../../../../core/access/roles.ts";
import { type ErrorCode, errorStatus } from "../../../../core/errors/codes.ts";
import { translate } from "../../../../core/i18n/index.ts";
import type { RoutePolicy } from "../../access/route-policy.ts";
import { AUTH_ENDPOINTS } from "../../auth/register-auth-routes.ts";
import { buildClientWithConsent } from "../testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../testing/factories.ts";
import {
  bodyClasses,
  bodyText,
  ECHO_MARKER,
  pathClasses,
  queryClasses,
  seededRandom,
  valueClasses,
} from "../testing/fuzz-cases.ts";
import { example, type Ids, leaves, type Schema, withValueAt } from "../testing/openapi-examples.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import type { TestClient } from "../testing/test-client.ts";

/**
 * Drives every operation of the app's own OpenAPI document with hostile input (NUL, lone
 * surrogates, deep nesting, extreme numbers, wrong types, bad URL encodings, over-long path
 * parameters, 1 MB strings), as a caller the route admits, and fails on any 5xx or any error
 * body that is not `{error:{code,message,fields?}}` in the caller's language. Seeded and bounded:
 * a sample of the classes per field, the same requests on every run.
 */
type Operation = { method: string; path: string; parameters: Param[]; body?: Schema; policy: RoutePolicy };
type Param = { in: "path" | "query"; name: string; schema: Schema; required?: boolean };
type Case = {
  op: Operation;
  what: string;
  caller: TestClient;
  locale: "en" | "sv";
  url: string;
  body?: string;
};

const random = seededRandom(20261204);
const VALUE_CLASSES_PER_FIELD = 2;
const FIELDS_PER_ROUTE = 10;
const CLASSES_PER_PARAMETER = 3;

describe("fuzzing every route of the OpenAPI document", () => {
  let t: TestApp;
  let ids: Ids;
  const callers = new Map<string, TestClient>();
  let anonymous: TestClient;

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const ipsTeam = await buildTeam(t.database, org.id, "ips_team");
    const clinic = await buildTeam(t.database, org.id, "treatment_team");
    const coach = await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: ipsTeam.id });
    const client = await buildClientWithConsent(t.database, {
      organisationId: org.id,
      ipsTeamId: ipsTeam.id,
      coachUserId: coach.id,
      consentTeamId: clinic.id,
    });
    // Routes about one person (rename, deactivate, even everywhere) act on a colleague who is not
    // one of the signed-in callers, so a plausible request cannot sign a caller out mid-run.
    const colleague = await buildStaff(t.database, {
      organisationId: org.id,
      role: "coach",
      teamId: ipsTeam.id,
    });
    let n = 0;
    ids = Object.assign(
      {
        organisationId: org.id,
        clientId: client.clientId,
        episodeId: client.episodeId,
        teamId: ipsTeam.id,
        ipsTeamId: ipsTeam.id,
        treatmentTeamId: clinic.id,
        userId: colleague.id,
        coachUserId: coach.id,
        token: "x",
      },
      // Seeded: the same unknown ids on every run.
      { uuid: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, "0")}` },
    );
    const signIn = async (key: string, person: { email: string; password: string }) => {
      const caller = t.client();
      await caller.signIn(person.email, person.password);
      callers.set(key, caller);
    };
    await signIn("coach", coach);
    await signIn("platformAdmin", await buildStaff(t.database, { platformAdmin: true }));
    for (const role of roles.filter((r) => r !== "coach")) {
      await signIn(role, await buildStaff(t.database, { organisationId: org.id, role, teamId: ipsTeam.id }));
    }
    anonymous = t.client("sv");
  });
  after(() => t.close());

  /** The operations of /api/openapi.json with their access policy; /api/auth/* as its endpoints. */
  async function operations(): Promise<Operation[]> {
    const doc = (await anonymous.get("/api/openapi.json")).json() as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: Param[]; requestBody?: { content: Record<string, { schema: Schema }> } }
        >
      >;
    };
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const url = path.replace("{*}", "*").replace(/\{([^}]+)\}/g, ":$1");
        const policy = t.app.routePolicies.find(
          (r) => r.method === method.toUpperCase() && r.url === url,
        )?.policy;
        assert.ok(policy, `${method} ${path} has a policy`);
        const body = op.requestBody?.content["application/json"]?.schema;
        if (path === "/api/auth/{*}") {
          for (const [endpoint, verb] of Object.entries(AUTH_ENDPOINTS)) {
            if (verb !== method.toUpperCase()) continue;
            const fields = ["email", "password", "token", "code", "currentPassword", "newPassword"];
            const authBody: Schema = {
              type: "object",
              properties: Object.fromEntries(fields.map((f) => [f, { type: "string" }])),
            };
            ops.push({
              method: verb,
              path: `/api/auth${endpoint}`,
              parameters: [],
              policy,
              ...(verb === "POST" ? { body: authBody } : {}),
            });
          }
          continue;
        }
        ops.push({
          method: method.toUpperCase(),
          path,
          parameters: op.parameters ?? [],
          policy,
          ...(body ? { body } : {}),
        });
      }
    }
    // Closing the episode would leave the client routes after it refusing for that reason alone.
    return [
      ...ops.filter((o) => !o.path.includes("/episodes")),
      ...ops.filter((o) => o.path.includes("/episodes")),
    ];
  }

  function callerFor(policy: RoutePolicy, path: string): { caller: TestClient; locale: "en" | "sv" } {
    if (policy.kind === "public") return { caller: anonymous, locale: "sv" };
    if (policy.kind === "platformAdmin")
      return { caller: callers.get("platformAdmin") as TestClient, locale: "en" };
    if (policy.kind === "organisation") {
      const role = roles.find((r) => rolesGrant([r], policy.permission)) ?? "org_admin";
      return { caller: callers.get(role) as TestClient, locale: "en" };
    }
    // Figures: the organisation's admin sees every scope of it (the coach in the ids is a colleague);
    // the supervision agenda names clients, so only the team's lead opens it.
    if (policy.kind === "aggregate") {
      const role = path.endsWith("/supervision") ? "team_lead" : "org_admin";
      return { caller: callers.get(role) as TestClient, locale: "en" };
    }
    return { caller: callers.get("coach") as TestClient, locale: "en" };
  }

  /** The requests for one operation: a plausible one, then one hostile change at a time. */
  function casesFor(op: Operation): Case[] {
    const { caller, locale } = callerFor(op.policy, op.path);
    const pathValue = (p: Param) => String(example(p.schema, p.name, ids));
    const pathParams = op.parameters.filter((p) => p.in === "path");
    const queryParams = op.parameters.filter((p) => p.in === "query");
    const pathWith = (override?: [string, string]) =>
      op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        if (override?.[0] === name) return override[1];
        return encodeURIComponent(pathValue(pathParams.find((p) => p.name === name) as Param));
      });
    const base = op.body ? example(op.body, "body", ids) : undefined;
    const required = queryParams.filter((p) => p.required);
    const queryWith = (override?: [string, string]) => {
      const pairs = required.map((p) => [p.name, encodeURIComponent(String(example(p.schema, p.name, ids)))]);
      const kept = pairs.filter(([name]) => name !== override?.[0]);
      const all = override ? [...kept, override] : kept;
      return all.length === 0 ? "" : `?${all.map(([n, v]) => `${n}=${v}`).join("&")}`;
    };
    /** The path (with one parameter overridden) and the required query parameters. */
    const urlWith = (override?: [string, string]) => pathWith(override) + queryWith();
    const cases: Case[] = [];
    const add = (what: string, url: string, body?: unknown, rawBody?: string) =>
      cases.push({
        op,
        what,
        caller,
        locale,
        url,
        ...(op.body ? { body: rawBody ?? bodyText(body ?? base) } : {}),
      });

    add("plausible", urlWith());
    for (const p of pathParams) {
      for (const cls of random.sample(Object.keys(pathClasses), CLASSES_PER_PARAMETER))
        add(`path ${p.name}: ${cls}`, urlWith([p.name, pathClasses[cls] as string]));
    }
    for (const p of queryParams) {
      for (const cls of random.sample(Object.keys(queryClasses), CLASSES_PER_PARAMETER)) {
        const value = (queryClasses[cls] as string).replace("{name}", p.name);
        add(`query ${p.name}: ${cls}`, `${pathWith()}${queryWith([p.name, value])}`);
      }
    }
    if (op.body) {
      for (const cls of random.sample(Object.keys(bodyClasses), CLASSES_PER_PARAMETER))
        add(`body: ${cls}`, urlWith(), undefined, bodyClasses[cls]);
      for (const leaf of random.sample(leaves(op.body), FIELDS_PER_ROUTE)) {
        for (const cls of random.sample(Object.keys(valueClasses), VALUE_CLASSES_PER_FIELD)) {
          add(
            `field ${leaf.path.join(".")}: ${cls}`,
            urlWith(),
            withValueAt(base, op.body, leaf.path, valueClasses[cls], ids),
          );
        }
      }
    }
    return cases;
  }

  function assertOneShape(response: LightMyRequestResponse, c: Case) {
    const what = `${c.op.method} ${c.op.path} ${c.what} → ${response.statusCode} ${response.body.slice(0, 300)}`;
    assert.ok(response.statusCode < 500, what);
    assert.ok(!response.body.includes(ECHO_MARKER), `echoes its input: ${what}`);
    if (response.statusCode < 400) return;
    assert.match(String(response.headers["content-type"]), /^application\/json/, what);
    const body = JSON.parse(response.body) as {
      error: { code: ErrorCode; message: string; fields?: Record<string, string> };
    };
    assert.deepEqual(Object.keys(body), ["error"], what);
    assert.ok(
      Object.keys(body.error).every((k) => ["code", "message", "fields"].includes(k)),
      what,
    );
    assert.equal(errorStatus[body.error.code], response.statusCode, what);
    // The auth bridge may say something more specific (a wrong code, a wrong password).
    if (!c.op.path.startsWith("/api/auth/"))
      assert.equal(body.error.message, translate(c.locale, `errors.${body.error.code}`), what);
    assert.ok(body.error.message.length > 0, what);
    for (const message of Object.values(body.error.fields ?? {}))
      assert.equal(typeof message, "string", what);
  }

  test("no 5xx and one error shape for every hostile request on every operation", async (context) => {
    const ops = await operations();
    assert.ok(ops.length >= 90, `${ops.length} operations`);
    const cases = ops.flatMap(casesFor);
    let made = 0;
    for (const c of cases) {
      const headers: Record<string, string> =
        c.body === undefined ? {} : { "content-type": "application/json" };
      const response = await c.caller.request(c.op.method as "GET", c.url, c.body, headers);
      made++;
      if (c.what === "plausible" && c.op.policy.kind !== "public") {
        // The caller was admitted: the hostile requests below reach validation and the use case.
        assert.ok(
          ![401, 403].includes(response.statusCode),
          `${c.op.method} ${c.op.path}: ${response.statusCode}`,
        );
      }
      assertOneShape(response, c);
    }
    assert.equal(made, cases.length);
    context.diagnostic(`${made} requests on ${ops.length} operations`);
    assert.ok(made >= 1100, `${made} requests`);
    for (const [role, caller] of callers)
      assert.equal((await caller.get("/api/me")).statusCode, 200, `${role} still signed in`);
  });
});
