// Test support for the auth tests (not a test file itself): a bare Fastify app with the auth
// routes, a cookie jar, and helpers to create people and compute TOTP codes.
import { generateTOTP } from "@oslojs/otp";
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from "fastify";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { createAuth, type PolkuAuth } from "./create-auth.ts";
import { setPasswordHashingForTests } from "./password-hash.ts";
import { registerAuthRoutes } from "./register-auth-routes.ts";
import { createSessionResolver, type SessionResolver } from "./resolve-session.ts";
import { createCredentialUser } from "./user-credentials.ts";

export const PUBLIC_URL = "http://polku.test";
export const PASSWORD = "correct horse battery";

export type AuthHarness = {
  database: Database;
  auth: PolkuAuth;
  app: FastifyInstance;
  resolveSession: SessionResolver;
  close(): Promise<void>;
};

/** A migrated database, better-auth on it, and a bare Fastify app with only the auth routes. */
export async function startAuthHarness(): Promise<AuthHarness> {
  const database = await createTestDatabase();
  // The sign-in tests check the stored hash's parameters and that an unknown email costs one
  // real argon2id computation: they need the production cost, not the suite's cheap one.
  setPasswordHashingForTests("production");
  const auth = createAuth({
    database,
    config: { publicUrl: PUBLIC_URL },
    secret: `${"t".repeat(8)}0123456789abcdefghijklmnopqrstuv`,
  });
  const app = Fastify();
  registerAuthRoutes(app, auth, database);
  await app.ready();
  const resolveSession = createSessionResolver(auth, database);
  return {
    database,
    auth,
    app,
    resolveSession,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** Creates a person with PASSWORD; a fresh email each call. */
export async function createPerson(database: Database): Promise<{ id: string; email: string }> {
  const email = `person${++counter}-${Date.now()}@example.test`;
  const { id } = await inTransaction(database, (trx) =>
    createCredentialUser(trx, { name: "Test Person", email, password: PASSWORD, locale: "en" }),
  );
  return { id, email };
}

/** A browser-like client: one IP, a cookie jar, and the Origin header a browser sends. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    readonly ip: string,
  ) {}

  async request(method: "GET" | "POST", path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method,
      url: `/api/auth${path}`,
      remoteAddress: this.ip,
      headers: {
        origin: PUBLIC_URL,
        "accept-language": "en",
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    this.store(response);
    return response;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private store(response: LightMyRequestResponse) {
    const raw = response.headers["set-cookie"];
    for (const line of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

let ipCounter = 0;
/** A new client IP per test, so rate-limit buckets of different tests never meet. */
export function nextIp(): string {
  ipCounter += 1;
  return `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${ipCounter}`;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32Decode(text: string): Uint8Array {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.replace(/=+$/, "").toUpperCase()) {
    value = (value << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

/** The current code for an otpauth:// URI, as an authenticator app would show it. */
export function totpCode(totpURI: string): string {
  const uri = new URL(totpURI);
  const secret = uri.searchParams.get("secret") ?? "";
  const period = Number(uri.searchParams.get("period") ?? 30);
  const digits = Number(uri.searchParams.get("digits") ?? 6);
  return generateTOTP(base32Decode(secret), period, digits);
}

/** The request headers a route handler would see, for calling the session resolver. */
export function fakeRequest(cookie: string) {
  return { headers: { cookie, origin: PUBLIC_URL } } as unknown as Parameters<SessionResolver>[0];
}

/** Audit rows of one type, oldest first. */
export function auditRows(database: Database, eventType: string) {
  return database.db
    .selectFrom("audit_event")
    .selectAll()
    .where("event_type", "=", eventType)
    .orderBy("seq")
    .execute();
}

/** A fresh person signed in through the sign-in route, and the session the resolver finds for them. */
export async function signedInPerson(h: AuthHarness) {
  const person = await createPerson(h.database);
  const browser = new Browser(h.app, nextIp());
  const response = await browser.request("POST", "/sign-in/email", {
    email: person.email,
    password: PASSWORD,
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode}`);
  const session = await h.resolveSession(fakeRequest(browser.cookieHeader()));
  if (!session) throw new Error("the signed-in person has no session");
  return { person, browser, session };
}
