import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ErrorBody, ErrorCode } from "../../../core/errors/codes.ts";
import { translate } from "../../../core/i18n/index.ts";
import { negotiateLocale } from "../../../core/i18n/locales.ts";
import type { Database } from "../platform/db/database.ts";
import { CLIENT_IP_HEADER, type PolkuAuth } from "./create-auth.ts";
import { presentAuthFailure } from "./present-auth-failure.ts";
import { recordAuthEvents } from "./record-auth-event.ts";
import { toFetchHeaders } from "./resolve-session.ts";

/**
 * The better-auth endpoints Polku uses; every other path under /api/auth answers 404, so the
 * sign-in surface is exactly this list (no sign-up, social, email verification or mail reset).
 */
export const AUTH_ENDPOINTS: Readonly<Record<string, "GET" | "POST">> = {
  "/ok": "GET",
  "/get-session": "GET",
  "/list-sessions": "GET",
  "/sign-in/email": "POST",
  "/sign-out": "POST",
  "/change-password": "POST",
  "/revoke-session": "POST",
  "/revoke-sessions": "POST",
  "/revoke-other-sessions": "POST",
  "/two-factor/enable": "POST",
  "/two-factor/disable": "POST",
  "/two-factor/get-totp-uri": "POST",
  "/two-factor/verify-totp": "POST",
  "/two-factor/verify-backup-code": "POST",
  "/two-factor/generate-backup-codes": "POST",
};

const BASE_PATH = "/api/auth";
// Hop-by-hop or recomputed headers: Fastify sets them for the body it actually sends.
const SKIPPED_RESPONSE_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "set-cookie"]);

/**
 * better-auth puts session tokens in JSON bodies (sign-in, get-session, list-sessions). The
 * session lives in an HttpOnly cookie precisely so scripts cannot read it: drop every `token`.
 */
export function withoutSessionTokens(body: string): string {
  if (!body.startsWith("{") && !body.startsWith("[")) return body;
  try {
    return JSON.stringify(JSON.parse(body), (key, value) => (key === "token" ? undefined : value));
  } catch {
    return body;
  }
}

function errorBody(request: FastifyRequest, code: ErrorCode): ErrorBody {
  const locale = negotiateLocale(request.headers["accept-language"]);
  return { error: { code, message: translate(locale, `errors.${code}`) } };
}

/** The Fetch request better-auth reads; null when the parsed body cannot be written back as JSON. */
function toFetchRequest(request: FastifyRequest, origin: string): Request | null {
  const headers = toFetchHeaders(request.headers);
  headers.delete("content-length");
  // better-auth keys rate limits on this header (advanced.ipAddress.ipAddressHeaders). A client
  // value is replaced by Fastify's request.ip, which honours the app's trustProxy setting.
  headers.set(CLIENT_IP_HEADER, request.ip);
  const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined;
  if (hasBody && !headers.has("content-type")) headers.set("content-type", "application/json");
  let body: string | undefined;
  try {
    body = hasBody ? JSON.stringify(request.body) : undefined;
  } catch {
    return null;
  }
  return new Request(new URL(request.url, origin), { method: request.method, headers, body });
}

async function sendFetchResponse(
  reply: FastifyReply,
  response: Response,
  body: string | ErrorBody,
  status = response.status,
): Promise<void> {
  reply.code(status);
  response.headers.forEach((value, name) => {
    if (!SKIPPED_RESPONSE_HEADERS.has(name)) reply.header(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
  if (typeof body !== "string") {
    reply.header("content-type", "application/json; charset=utf-8");
    await reply.send(JSON.stringify(body));
    return;
  }
  await reply.send(body === "" ? undefined : body);
}

/**
 * Mounts better-auth under /api/auth through a Fastify → Fetch → Fastify bridge. A failed
 * sign-in and a rate limit are answered in Polku's error shape, in the caller's language.
 */
export function registerAuthRoutes(app: FastifyInstance, auth: PolkuAuth, database: Database): void {
  const origin = auth.options.baseURL as string;
  app.route({
    method: ["GET", "POST"],
    url: `${BASE_PATH}/*`,
    config: {
      policy: { kind: "public", reason: "better-auth sign-in endpoints; they check their own session" },
    },
    async handler(request, reply) {
      const path = new URL(request.url, origin).pathname.slice(BASE_PATH.length);
      if (AUTH_ENDPOINTS[path] !== request.method) {
        reply.code(404);
        return errorBody(request, "not_found");
      }
      const fetchRequest = toFetchRequest(request, origin);
      if (!fetchRequest) {
        reply.code(400);
        return errorBody(request, "malformed_request");
      }
      const response = await auth.handler(fetchRequest);
      if (response.status === 429) {
        if (path.startsWith("/sign-in") || path.startsWith("/two-factor")) {
          await recordAuthEvents(database, [
            {
              eventType: "auth.sign_in.rate_limited",
              outcome: "denied",
              actorUserId: null,
              details: { path },
            },
          ]);
        }
        const retryAfter = response.headers.get("x-retry-after");
        if (retryAfter) reply.header("retry-after", retryAfter);
        return sendFetchResponse(reply, response, errorBody(request, "rate_limited"));
      }
      if (response.status === 401 && path === "/sign-in/email") {
        return sendFetchResponse(reply, response, errorBody(request, "invalid_credentials"));
      }
      const text = await response.text();
      if (response.status >= 400) {
        const failure = presentAuthFailure(
          negotiateLocale(request.headers["accept-language"]),
          response.status,
          text,
        );
        return sendFetchResponse(reply, response, failure.body, failure.status);
      }
      return sendFetchResponse(reply, response, withoutSessionTokens(text));
    },
  });
}
