import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import type { AuditEntry } from "../audit/event-types.ts";
import type { Database } from "../platform/db/database.ts";
import { findUserIdByEmail, recordAuthEvents } from "./record-auth-event.ts";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const VERIFY_PATHS = new Set(["/two-factor/verify-totp", "/two-factor/verify-backup-code"]);
// The pending sign-in's user, found before the endpoint consumes the two-factor challenge.
const pendingTwoFactorUser = new WeakMap<object, string | null>();

/** better-auth's two-factor cookie names the challenge; its verification row names the user. */
async function userOfTwoFactorChallenge(ctx: HookContext): Promise<string | null> {
  const cookie = ctx.context.createAuthCookie("two_factor");
  const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!identifier) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return verification?.value ?? null;
}

function returnedError(ctx: HookContext): { code: string; status: number } | null {
  const returned = ctx.context.returned;
  if (!isAPIError(returned)) return null;
  const code = (returned.body as { code?: unknown } | undefined)?.code;
  return { code: typeof code === "string" ? code.toLowerCase() : "unknown", status: returned.statusCode };
}

async function signInEntries(database: Database, ctx: HookContext): Promise<AuditEntry[]> {
  const error = returnedError(ctx);
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (error) {
    // Malformed requests (400) are not sign-in attempts worth a row; the rate limit covers floods.
    if (error.status !== 401) return [];
    // A deactivated person's password can be right; the session hook refused the session.
    const reason = error.code === "failed_to_create_session" ? "deactivated" : "invalid_credentials";
    const actorUserId = await findUserIdByEmail(database, email);
    return [{ eventType: "auth.sign_in.failed", outcome: "failure", actorUserId, details: { reason } }];
  }
  const created = ctx.context.newSession;
  if (created) {
    return [
      {
        eventType: "auth.sign_in.succeeded",
        actorUserId: created.user.id,
        targetType: "session",
        targetId: created.session.id,
        details: { factors: ["password"] },
      },
    ];
  }
  // The two-factor plugin replaced the session with a challenge: the password was right.
  const actorUserId = await findUserIdByEmail(database, email);
  return [{ eventType: "auth.sign_in.two_factor_required", actorUserId, details: {} }];
}

function verifyEntries(ctx: HookContext): AuditEntry[] {
  const method = ctx.path === "/two-factor/verify-totp" ? "totp" : "backup_code";
  const pending = pendingTwoFactorUser.get(ctx.headers ?? ctx) ?? null;
  const error = returnedError(ctx);
  const created = ctx.context.newSession;
  const actorUserId = pending ?? created?.user.id ?? ctx.context.session?.user.id ?? null;
  if (error) {
    return [
      {
        eventType: "auth.two_factor.failed",
        outcome: "failure",
        actorUserId,
        details: { method, reason: error.code },
      },
    ];
  }
  const entries: AuditEntry[] = [
    {
      eventType: method === "totp" ? "auth.two_factor.verified" : "auth.two_factor.backup_code_used",
      actorUserId,
      details: { method },
    },
  ];
  // With a pending challenge this verification completed a sign-in; without, it confirmed enrolment.
  if (pending && created) {
    entries.push({
      eventType: "auth.sign_in.succeeded",
      actorUserId,
      targetType: "session",
      targetId: created.session.id,
      details: { factors: ["password", method] },
    });
  }
  return entries;
}

function sessionUserEntries(ctx: HookContext, eventType: AuditEntry["eventType"]): AuditEntry[] {
  if (returnedError(ctx)) return [];
  const userId = ctx.context.session?.user.id ?? ctx.context.newSession?.user.id ?? null;
  return [{ eventType, actorUserId: userId, targetType: "user", targetId: userId }];
}

/** A better-auth plugin that audits sign-in, second factors and session ends. Listed after twoFactor. */
export function authAuditPlugin(database: Database): BetterAuthPlugin {
  return {
    id: "polku-auth-audit",
    hooks: {
      before: [
        {
          matcher: (ctx) => VERIFY_PATHS.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            pendingTwoFactorUser.set(ctx.headers ?? ctx, await userOfTwoFactorChallenge(ctx));
          }),
        },
      ],
      after: [
        {
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const entries =
              ctx.path === "/sign-in/email"
                ? await signInEntries(database, ctx)
                : VERIFY_PATHS.has(ctx.path)
                  ? verifyEntries(ctx)
                  : ctx.path === "/change-password"
                    ? sessionUserEntries(ctx, "auth.password.changed")
                    : ctx.path === "/revoke-sessions"
                      ? sessionUserEntries(ctx, "auth.sessions.revoked")
                      : [];
            await recordAuthEvents(database, entries);
          }),
        },
      ],
    },
  };
}
