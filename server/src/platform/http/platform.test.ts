import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildServer } from "../../composition.ts";
import { seedDemoIfEmpty } from "../../demo/seed-demo.ts";
import { loadConfig } from "../config.ts";
import { buildStaff } from "../testing/factories.ts";
import { createTestApp, type TestApp, testAuditEnv } from "../testing/test-app.ts";

const expectedDatabase = process.env.POLKU_TEST_DB === "postgresql" ? "postgresql" : "pglite";
const DEMO_PASSWORD = "demo-password-for-tests-0123";

function cookiesOf(response: LightMyRequestResponse): string[] {
  const raw = response.headers["set-cookie"];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

function assertSecurityHeaders(response: LightMyRequestResponse, what: string) {
  const csp = String(response.headers["content-security-policy"] ?? "");
  const directives = new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  assert.deepEqual(directives.get("script-src"), ["'self'"], `${what}: script-src 'self' only (${csp})`);
  assert.ok(!directives.get("script-src")?.includes("'unsafe-inline'"), what);
  assert.deepEqual(directives.get("frame-ancestors"), ["'none'"], what);
  assert.deepEqual(directives.get("object-src"), ["'none'"], what);
  assert.equal(response.headers["x-content-type-options"], "nosniff", what);
  assert.equal(response.headers["referrer-policy"], "no-referrer", what);
}

describe("platform routes", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test("the sign-in page learns of demo data only once it exists, and never sees a password", async () => {
    const empty = await t.client().get("/api/public/sign-in-info");
    assert.equal(empty.statusCode, 200);
    assert.deepEqual(empty.json(), { demo: false, demoAccounts: [] });

    const seed = await seedDemoIfEmpty(t.database, DEMO_PASSWORD);
    assert.equal(seed.seeded, true);
    const info = await t.client().get("/api/public/sign-in-info");
    const body = info.json() as { demo: boolean; demoAccounts: Array<{ email: string; role: string }> };
    assert.equal(body.demo, true);
    assert.equal(body.demoAccounts.length, 6);
    assert.ok(body.demoAccounts.some((a) => a.email === "admin@demo.polku.fi" && a.role === "org_admin"));
    assert.ok(!info.body.includes(DEMO_PASSWORD), "no password in the response");
    assert.ok(!/password/i.test(info.body), "no password field either");
    for (const account of body.demoAccounts) assert.deepEqual(Object.keys(account).sort(), ["email", "role"]);

    // The listed sign-ins are real: one of them signs in with the demo password.
    await t.client().signIn("coach@demo.polku.fi", DEMO_PASSWORD);
    assert.equal((await seedDemoIfEmpty(t.database, DEMO_PASSWORD)).seeded, false, "seeds only once");
  });

  test("health names the database in use", async () => {
    const response = await t.client().get("/api/health");
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.deepEqual(Object.keys(body).sort(), ["database", "status", "version"]);
    assert.equal(body.status, "ok");
    assert.equal(body.database, expectedDatabase);
    assert.equal(typeof body.version, "string");
  });

  test("the OpenAPI document is OpenAPI 3 and lists every API route but auth and itself", async () => {
    const response = await t.client().get("/api/openapi.json");
    assert.equal(response.statusCode, 200);
    const doc = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\./);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const expected = t.app.routePolicies
      .filter((r) => r.url.startsWith("/api/") && r.method !== "HEAD")
      .filter(
        (r) =>
          !r.url.startsWith("/api/auth/") && !r.url.startsWith("/api/docs") && r.url !== "/api/openapi.json",
      )
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, "{$1}")}`);
    assert.ok(expected.length >= 14, `${expected.length} routes`);
    assert.deepEqual(
      expected.filter((k) => !documented.has(k)),
      [],
      "undocumented routes",
    );
    assert.ok(
      ![...documented].some((k) => k.includes("/api/openapi.json")),
      "the document does not list itself",
    );
  });

  test("the API docs page is HTML", async () => {
    const response = await t.client().get("/api/docs");
    const page =
      response.statusCode === 302 ? await t.client().get(String(response.headers.location)) : response;
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers["content-type"]), /text\/html/);
    assert.match(page.body, /<html/i);
  });

  test("API responses and the docs page carry the security headers; no HSTS over http", async () => {
    const client = t.client();
    for (const [what, response] of [
      ["API", await client.get("/api/health")],
      ["error", await client.get("/api/nothing")],
      ["docs page", await client.get("/api/docs/")],
    ] as const) {
      assertSecurityHeaders(response, what);
      assert.equal(response.headers["strict-transport-security"], undefined, `${what}: no HSTS on http`);
    }
    const csrf = cookiesOf(await t.app.inject({ method: "GET", url: "/api/health" })).find((c) =>
      c.startsWith("polku_csrf="),
    );
    assert.ok(csrf, "a CSRF cookie is handed out");
    assert.doesNotMatch(csrf, /;\s*secure/i, "no Secure flag on http");
  });
});

describe("over https (POLKU_PUBLIC_URL https) with the web app", () => {
  const PUBLIC_URL = "https://polku.example.test";
  let t: TestApp;
  let app: FastifyInstance;
  let webRoot: string;
  before(async () => {
    t = await createTestApp();
    webRoot = await mkdtemp(join(tmpdir(), "polku-web-"));
    await writeFile(
      join(webRoot, "index.html"),
      "<!doctype html><html><body><div id=root></div></body></html>",
    );
    const config = loadConfig({
      ...testAuditEnv(webRoot),
      POLKU_PUBLIC_URL: PUBLIC_URL,
      POLKU_AUTH_SECRET: "https-test-secret-https-test-secret-0123",
      LOG_LEVEL: "silent",
    });
    app = await buildServer({ config, database: t.database, webRoot, logger: false });
  });
  after(async () => {
    await app.close();
    await t.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  test("pages and API responses send HSTS and the security headers", async () => {
    for (const url of ["/", "/clients/some/deep/link", "/api/health"]) {
      const response = await app.inject({ method: "GET", url });
      assert.equal(response.statusCode, 200, url);
      assertSecurityHeaders(response, url);
      assert.match(String(response.headers["strict-transport-security"]), /max-age=31536000/, url);
    }
    const page = await app.inject({ method: "GET", url: "/" });
    assert.match(page.body, /id=root/);
  });

  test("cookies are Secure: the CSRF cookie and the session cookie", async () => {
    const csrfCookie = cookiesOf(await app.inject({ method: "GET", url: "/api/health" })).find((c) =>
      c.startsWith("polku_csrf="),
    );
    assert.match(String(csrfCookie), /;\s*secure/i);

    const person = await buildStaff(t.database, { platformAdmin: true });
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      remoteAddress: "10.200.1.1",
      headers: {
        origin: PUBLIC_URL,
        "content-type": "application/json",
        cookie: "polku_csrf=t",
        "x-csrf-token": "t",
      },
      payload: JSON.stringify({ email: person.email, password: person.password }),
    });
    assert.equal(signIn.statusCode, 200, signIn.body);
    const session = cookiesOf(signIn).find((c) => /session_token=/.test(c));
    assert.ok(session, "a session cookie is set");
    assert.match(session, /;\s*secure/i);
    assert.match(session, /;\s*httponly/i);
  });
});
