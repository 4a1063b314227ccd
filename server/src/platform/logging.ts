import type { FastifyServerOptions } from "fastify";

/**
 * Structured JSON logs. Requests are logged by method, route pattern and status only: never the
 * URL's query, bodies, headers or cookies, so no personal data reaches the log.
 */
export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
    redact: { paths: ["req.headers", "req.body", "res.headers"], remove: true },
    serializers: {
      req(request) {
        return {
          method: request.method,
          route: request.routeOptions?.url ?? "unmatched",
          id: request.id,
        };
      },
      res(reply) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}
