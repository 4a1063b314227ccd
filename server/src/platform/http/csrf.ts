import "@fastify/cookie";
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { AppError } from "./app-error.ts";

export const CSRF_COOKIE = "polku_csrf";
export const CSRF_HEADER = "x-csrf-token";
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Double-submit CSRF protection for cookie-authenticated writes: every unsafe request to /api
 * must echo the `polku_csrf` cookie in the `x-csrf-token` header. Another site can make the
 * browser send the cookie, but cannot read it to set the header.
 */
export function installCsrfProtection(app: FastifyInstance, secureCookies: boolean) {
  app.addHook("onRequest", async (request, reply) => {
    const cookie = request.cookies[CSRF_COOKIE];
    if (!cookie) {
      reply.setCookie(CSRF_COOKIE, randomBytes(24).toString("base64url"), {
        path: "/",
        sameSite: "strict",
        secure: secureCookies,
        httpOnly: false,
      });
    }
    // The router decodes the path: judge the matched route, so /%61pi/… cannot slip past.
    const path = request.routeOptions.url ?? request.url;
    if (SAFE.has(request.method) || !path.startsWith("/api/")) return;
    const header = request.headers[CSRF_HEADER];
    if (!cookie || typeof header !== "string" || !same(cookie, header)) {
      throw new AppError("csrf_failed");
    }
  });
}
