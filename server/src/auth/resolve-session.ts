import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../platform/db/database.ts";
import { type PolkuAuth, SESSION_ABSOLUTE_MS } from "./create-auth.ts";

export type ResolvedSession = { userId: string; sessionId: string; sessionCreatedAt: Date };
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

/**
 * Resolves the caller's session from the cookie: one session+user read (no cookie cache), plus
 * better-auth's sliding refresh every few minutes. Ends the session when it is older than the
 * absolute limit or its person is deactivated. Pass `reply` so a refreshed cookie (new Max-Age)
 * reaches the browser; without it the cookie would lapse at idle expiry even while in use.
 */
export function createSessionResolver(auth: PolkuAuth, database: Database): SessionResolver {
  return async (request, reply) => {
    const cookie = request.headers.cookie;
    if (!cookie?.includes("session_token")) return null;
    const { headers: setHeaders, response } = await auth.api.getSession({
      headers: toFetchHeaders(request.headers),
      returnHeaders: true,
    });
    if (reply) for (const value of setHeaders.getSetCookie()) reply.header("set-cookie", value);
    if (!response) return null;
    const { session, user } = response;
    const createdAt = new Date(session.createdAt);
    const deactivated = user.deactivatedAt !== null && user.deactivatedAt !== undefined;
    if (deactivated || Date.now() - createdAt.getTime() > SESSION_ABSOLUTE_MS) {
      await database.db.deleteFrom("session").where("id", "=", session.id).execute();
      return null;
    }
    return { userId: user.id, sessionId: session.id, sessionCreatedAt: createdAt };
  };
}
