import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type ErrorCode, errorStatus, type FieldProblem } from "../../../../core/errors/codes.ts";
import { translate } from "../../../../core/i18n/index.ts";
import { type Locale, negotiateLocale } from "../../../../core/i18n/locales.ts";
import { AppError } from "./app-error.ts";
import { fieldProblemsFromIssues } from "./zod-issues.ts";

/** Sends the one error shape, localised for the caller. */
export function sendError(
  reply: FastifyReply,
  locale: Locale,
  code: ErrorCode,
  fields?: Record<string, FieldProblem>,
) {
  const body: { error: { code: ErrorCode; message: string; fields?: Record<string, string> } } = {
    error: { code, message: translate(locale, `errors.${code}`) },
  };
  if (fields && Object.keys(fields).length > 0) {
    body.error.fields = Object.fromEntries(
      Object.entries(fields).map(([path, p]) => [path, translate(locale, `validation.${p.key}`, p.params)]),
    );
  }
  return reply.status(errorStatus[code]).type("application/json; charset=utf-8").send(body);
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "malformed_request",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "malformed_request",
  FST_ERR_CTP_INVALID_TYPE: "malformed_request",
  FST_ERR_VALIDATION: "validation_failed",
  FST_ERR_BAD_URL: "malformed_request",
  FST_ERR_ASYNC_CONSTRAINT: "malformed_request",
};

/**
 * The signed-in person's language, else the browser's. `request.locale` alone is not enough: it
 * holds its decorated default ("fi") until the route-policy hook runs, and hooks before it (CSRF)
 * can fail first.
 */
function localeOf(request: FastifyRequest): Locale {
  return request.actor ? request.locale : negotiateLocale(request.headers["accept-language"]);
}

/** Maps every failure to `{ error: { code, message, fields } }`; bad input never becomes a 500. */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = localeOf(request);
    if (error instanceof AppError) return sendError(reply, locale, error.code, error.fields);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const fields = fieldProblemsFromIssues(error.validation);
      // A bad path parameter names a record that cannot exist: not found, like any unseen id.
      if (context === "params") return sendError(reply, locale, "not_found");
      return sendError(reply, locale, "validation_failed", fields);
    }
    // A unique constraint lost a race with a concurrent request: the same answer as the pre-check.
    if (error.code === "23505") return sendError(reply, locale, "conflict");
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return sendError(reply, locale, mapped);
    if (error.statusCode === 429) return sendError(reply, locale, "rate_limited");
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, locale, "malformed_request");
    }
    // Only the error's class and code reach the log: messages of database errors can hold values.
    const frames = error.stack?.split("\n").slice(1).join("\n");
    request.log.error({ err: { type: error.name, code: error.code, frames } }, "request failed");
    return sendError(reply, locale, "internal");
  });
}

/**
 * Fastify's own answers before routing (`frameworkErrors`): a URL that does not decode, or a path
 * parameter over the router's length limit. The default answer echoes the URL, which may hold a
 * henkilötunnus typed into it; this one echoes nothing. An over-long parameter names no record.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = negotiateLocale(request.headers["accept-language"]);
  return sendError(
    reply,
    locale,
    error.code === "FST_ERR_MAX_PARAM_LENGTH" ? "not_found" : "malformed_request",
  );
}

/**
 * Unknown routes get the not_found error; with a web app, unknown non-API GETs get its index page
 * instead, because the web app routes on the client.
 */
export function installNotFoundHandling(app: FastifyInstance, serveWebIndex: boolean) {
  app.setNotFoundHandler((request, reply) => {
    if (serveWebIndex && request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return sendError(reply, localeOf(request), "not_found");
  });
}
