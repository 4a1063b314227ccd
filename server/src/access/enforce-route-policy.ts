import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, negotiateLocale } from "../../../core/i18n/locales.ts";
import type { Database } from "../platform/db/database.ts";
import { AppError } from "../platform/http/app-error.ts";
import type { Actor } from "./actor.ts";
import { requireAggregateRoute } from "./aggregate-route.ts";
import { requireClientAccess } from "./client-gate.ts";
import { denialOf, deny } from "./deny.ts";
import { type Decision, decideOrganisation, decidePlatformAdmin } from "./gate.ts";
import { recordDenial } from "./record-denial.ts";
import { admitClient } from "./request-admissions.ts";
import type { RoutePolicy } from "./route-policy.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in caller's actor, read with their session (auth/resolve-session.ts); null when signed out. */
export type SessionResolver = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<{ actor: Actor } | null>;

/** A registered route, its policy, and its own body limit when it has one (uploads). */
export type RegisteredRoute = { method: string; url: string; policy: RoutePolicy; bodyLimit?: number };

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    locale: import("../../../core/i18n/locales.ts").Locale;
  }
  interface FastifyInstance {
    /** Every route with its access policy, for the route-policy completeness test. */
    routePolicies: RegisteredRoute[];
  }
}

/** The signed-in actor of a route whose policy guarantees one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("unauthenticated");
  return request.actor;
}

/**
 * Resolves the caller and enforces each route's declared policy before validation, so an
 * anonymous caller learns nothing from field errors. Every denial by the gate, here or in a use
 * case, is thrown as `deny(...)` and audited once by the error hook below.
 */
export function enforceRoutePolicies(
  app: FastifyInstance,
  database: Database,
  resolveSession: SessionResolver,
) {
  app.decorateRequest("actor", null);
  app.decorateRequest("locale", "fi");

  const registry: RegisteredRoute[] = [];
  app.decorate("routePolicies", registry);
  app.addHook("onRoute", (route) => {
    const remember = (policy: RoutePolicy) => {
      for (const method of [route.method].flat())
        registry.push({
          method,
          url: route.url,
          policy,
          ...(route.bodyLimit !== undefined ? { bodyLimit: route.bodyLimit } : {}),
        });
    };
    if (route.config?.policy) {
      remember(route.config.policy);
      return;
    }
    // Routes added by plugins outside /api (the web app's files) and the API docs pages are
    // public by nature; every other /api route must declare its policy or the server refuses to start.
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs")) {
      route.config = {
        ...route.config,
        policy: { kind: "public", reason: "static files or API documentation" },
      };
      return;
    }
    throw new Error(`Route ${route.method} ${route.url} declares no access policy (config.policy).`);
  });

  app.addHook("onRequest", async (request, reply) => {
    request.locale = negotiateLocale(request.headers["accept-language"]);
    const policy = request.routeOptions.config.policy;
    if (!policy || policy.kind === "public") return;

    const actor = (await resolveSession(request, reply))?.actor;
    if (!actor) throw new AppError("unauthenticated");
    request.actor = actor;
    if (isLocale(actor.locale)) request.locale = actor.locale;

    let decision: Decision = { allowed: true };
    let organisationId: string | null = null;
    if (policy.kind === "signedIn" && actor.twoFactorRequired && !policy.beforeTwoFactor) {
      // The organisation requires two-factor: until enrolled, only the own profile works.
      throw new AppError("two_factor_required");
    }
    if (policy.kind === "platformAdmin") decision = decidePlatformAdmin(actor);
    if (policy.kind === "organisation") {
      organisationId = (request.params as { organisationId?: string }).organisationId ?? null;
      decision = organisationId
        ? decideOrganisation(actor, policy.permission, organisationId)
        : { allowed: false, code: "not_found" };
    }
    if (policy.kind === "client") {
      // The client gate throws its own denial (naming the client); a malformed id is simply not found.
      const clientId = (request.params as { clientId?: string }).clientId ?? "";
      if (!UUID.test(clientId)) throw deny("not_found");
      admitClient(actor, await requireClientAccess(database.db, actor, clientId, policy.need));
      return;
    }
    if (policy.kind === "aggregate") {
      await requireAggregateRoute(database, actor, policy.scope, request.params);
      return;
    }
    if (decision.allowed) return;
    if (decision.code === "two_factor_required") throw new AppError(decision.code);
    // Only a visible organisation is named; an id the actor cannot see is not recorded as one.
    throw deny(decision.code, { organisationId: decision.code === "forbidden" ? organisationId : null });
  });

  // Every denial of the gate, in this hook or in a use case, is audited here, once, in a
  // transaction of its own: a use case's transaction has rolled back with the error by now.
  app.addHook("onError", async (request, _reply, error) => {
    const denied = denialOf(error);
    if (denied) await recordDenial(database, request, denied);
  });
}
