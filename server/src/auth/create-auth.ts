import { betterAuth } from "better-auth";
import { twoFactor } from "better-auth/plugins";
import type { Config } from "../platform/config.ts";
import type { Database } from "../platform/db/database.ts";
import { authAuditPlugin } from "./auth-audit-plugin.ts";
import { authDatabaseHooks } from "./auth-database-hooks.ts";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password-hash.ts";

export type CreateAuthOptions = {
  database: Database;
  config: Pick<Config, "publicUrl"> & Partial<Pick<Config, "signInAttemptsPerMinute">>;
  secret: string;
};

/** Idle expiry: a session unused for this long ends (better-auth slides it on use). */
export const SESSION_IDLE_SECONDS = 60 * 60;
/** How often use slides the idle expiry (better-auth rewrites the session row at most this often). */
export const SESSION_UPDATE_AGE_SECONDS = 5 * 60;
/** Absolute expiry, enforced by resolve-session.ts: better-auth itself only knows idle expiry. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Our bridge puts Fastify's `request.ip` here, replacing anything a client sent. */
export const CLIENT_IP_HEADER = "x-polku-client-ip";

// Per client IP, successes and failures alike: 10 a minute lets a clinic behind one NAT address
// start its morning, while a guesser gets 10 tries a minute. The second factor also has
// better-auth's own caps (5 tries per challenge; account locked 15 min after 10 failures).
/** Sign-in and second-factor attempts per client address per minute, unless configured. */
export const DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

function buildAuth({ database, config, secret }: CreateAuthOptions) {
  const strictRule = {
    window: 60,
    max: config.signInAttemptsPerMinute ?? DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE,
  };
  return betterAuth({
    appName: "Polku",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [config.publicUrl],
    // Our own Kysely instance, so on PGlite better-auth queues behind the same lock as we do.
    database: { db: database.db, type: "postgres", transaction: false },
    telemetry: { enabled: false },
    // Its messages can quote request values (an email address, a database error's detail): only
    // the fact of an error reaches our JSON log, with addresses and long digit runs masked.
    logger: {
      level: "error",
      log: (level, message) => {
        const masked = message.replace(/[^\s@"']+@[^\s@"']+/g, "<email>").replace(/\d{5,}/g, "<number>");
        process.stderr.write(`${JSON.stringify({ level, source: "auth", msg: masked.slice(0, 200) })}\n`);
      },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        locale: { type: "string", required: false, defaultValue: "fi", input: false },
        platformAdmin: { type: "boolean", required: false, defaultValue: false, input: false },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": strictRule, "/two-factor/*": strictRule },
    },
    advanced: {
      cookiePrefix: "polku",
      useSecureCookies: config.publicUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // better-auth skips its origin check when NODE_ENV=test; we want tests to see it.
      disableOriginCheck: false,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    // Unused flows, refused even when someone calls auth.handler directly (the bridge allow-lists too).
    disabledPaths: [
      "/sign-up/email",
      "/sign-in/social",
      "/request-password-reset",
      "/reset-password",
      "/verify-email",
      "/send-verification-email",
      "/change-email",
      "/update-user",
      "/delete-user",
      "/link-social",
      "/two-factor/send-otp",
      "/two-factor/verify-otp",
    ],
    databaseHooks: authDatabaseHooks(database),
    plugins: [
      twoFactor({
        issuer: "Polku",
        skipVerificationOnEnable: false,
        backupCodeOptions: { amount: 10, length: 10 },
      }),
      // After twoFactor, so it sees whether the plugin turned the sign-in into a challenge.
      authAuditPlugin(database),
    ],
  });
}

export type PolkuAuth = ReturnType<typeof buildAuth>;

/** Builds the better-auth instance Polku signs people in with (email + password + TOTP). */
export function createAuth(options: CreateAuthOptions): PolkuAuth {
  return buildAuth(options);
}
