import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type Actor, activeMembershipsOf, actorFrom, actorUserColumns, loadActor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import {
  type PolkuAuth,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_SECONDS,
  SESSION_UPDATE_AGE_SECONDS,
} from "./create-auth.ts";

/** A signed-in caller: their session and the actor the request acts for. */
export type ResolvedSession = { userId: string; sessionId: string; sessionCreatedAt: Date; actor: Actor };
export type SessionResolver = (
  request: FastifyRequest,
  reply?: FastifyReply,
) => Promise<ResolvedSession | null>;

/** Fastify's header record as Fetch `Headers` (repeated headers joined as Fetch would). */
export function toFetchHeaders(raw: FastifyRequest["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** The first value of cookie `name` in a Cookie header, unquoted and decoded as better-auth reads it. */
function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The token of a `token.signature` cookie whose HMAC-SHA256 signature under `secret` holds, else null. */
function verifiedToken(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const token = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/**
 * Resolves the caller's session and actor from the cookie. Nothing is cached between requests:
 * every request reads the session, its person and their active memberships from the database, so
 * a sign-out, a revoked session, a deactivation or a removed role holds from the very next request,
 * on every instance.
 *
 * The common case is one statement (session ⋈ user ⋈ memberships as JSON). Whatever better-auth
 * would answer with more than the session — a missing or expired session (it clears the cookie), a
 * session due for its sliding refresh (every few minutes: it rewrites the row and hands out a new
 * Max-Age), a "don't remember me" or stale cache cookie — goes through better-auth's own
 * `getSession`, and the actor is then loaded separately. Either way a session older than the
 * absolute limit, or of a deactivated person, is ended here. Pass `reply` so a refreshed cookie
 * reaches the browser; without it the cookie would lapse at idle expiry even while in use.
 */
export function createSessionResolver(auth: PolkuAuth, database: Database): SessionResolver {
  const context = auth.$context;

  const end = async (sessionId: string) => {
    await database.db.deleteFrom("session").where("id", "=", sessionId).execute();
    return null;
  };

  /** The session of a verified cookie in one statement; undefined hands over to better-auth. */
  const fastPath = async (header: string): Promise<ResolvedSession | null | undefined> => {
    const { authCookies, secret } = await context;
    if (
      cookieValue(header, authCookies.dontRememberToken.name) !== null ||
      cookieValue(header, authCookies.sessionData.name) !== null
    )
      return undefined;
    const signed = cookieValue(header, authCookies.sessionToken.name);
    if (signed === null) return undefined;
    const token = verifiedToken(signed, secret);
    if (token === null) return undefined;
    const row = await database.db
      .selectFrom("session as s")
      .innerJoin("user as u", "u.id", "s.userId")
      .select(["s.id as sessionId", "s.expiresAt", "s.createdAt as sessionCreatedAt"])
      .select(actorUserColumns)
      .select((eb) => activeMembershipsOf(eb))
      .where("s.token", "=", token)
      .executeTakeFirst();
    if (!row) return undefined;
    const now = Date.now();
    const expiresAt = new Date(row.expiresAt).getTime();
    const refreshDue = expiresAt - SESSION_IDLE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now;
    if (expiresAt < now || refreshDue) return undefined;
    const createdAt = new Date(row.sessionCreatedAt);
    const actor = actorFrom(row, row.sessionId);
    if (!actor || now - createdAt.getTime() > SESSION_ABSOLUTE_MS) return end(row.sessionId);
    return { userId: row.id, sessionId: row.sessionId, sessionCreatedAt: createdAt, actor };
  };

  return async (request, reply) => {
    const cookie = request.headers.cookie;
    if (!cookie?.includes("session_token")) return null;
    const fast = await fastPath(cookie);
    if (fast !== undefined) return fast;
    const { headers: setHeaders, response } = await auth.api.getSession({
      headers: toFetchHeaders(request.headers),
      returnHeaders: true,
    });
    if (reply) for (const value of setHeaders.getSetCookie()) reply.header("set-cookie", value);
    if (!response) return null;
    const { session, user } = response;
    const createdAt = new Date(session.createdAt);
    const deactivated = user.deactivatedAt !== null && user.deactivatedAt !== undefined;
    if (deactivated || Date.now() - createdAt.getTime() > SESSION_ABSOLUTE_MS) return end(session.id);
    const actor = await loadActor(database.db, user.id, session.id);
    if (!actor) return end(session.id);
    return { userId: user.id, sessionId: session.id, sessionCreatedAt: createdAt, actor };
  };
}
