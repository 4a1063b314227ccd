import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, negotiateLocale } from "../../../core/i18n/locales.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError } from "../platform/http/app-error.ts";
import { type Actor, loadActor } from "./actor.ts";
import { requireClientAccess } from "./client-gate.ts";
import { type Decision, decideOrganisation, decidePlatformAdmin } from "./gate.ts";
import type { RoutePolicy } from "./route-policy.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The client gate's answer as a decision; a malformed id is simply not found. */
async function decideClient(
  database: Database,
  actor: Actor,
  clientId: string,
  need: "full" | "shared",
): Promise<Decision> {
  if (!UUID.test(clientId)) return { allowed: false, code: "not_found" };
  try {
    await requireClientAccess(database.db, actor, clientId, need);
    return { allowed: true };
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === "not_found" || error.code === "forbidden" || error.code === "two_factor_required")
    ) {
      return { allowed: false, code: error.code };
    }
    throw error;
  }
}

export type SessionResolver = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<{ userId: string; sessionId: string } | null>;

export type RegisteredRoute = { method: string; url: string; policy: RoutePolicy };

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
 * anonymous caller learns nothing from field errors. Denials by the gate are audited.
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
      for (const method of [route.method].flat()) registry.push({ method, url: route.url, policy });
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

    const session = await resolveSession(request, reply);
    const actor = session ? await loadActor(database.db, session.userId, session.sessionId) : null;
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
      const clientId = (request.params as { clientId?: string }).clientId ?? "";
      decision = await decideClient(database, actor, clientId, policy.need);
    }
    if (decision.allowed) return;
    if (decision.code !== "two_factor_required") {
      // In a transaction of its own: the chain's advisory lock is transaction-scoped, so outside
      // one, concurrent denials would read the same last seq and collide.
      await inTransaction(database, (trx) =>
        recordAuditEvent(trx, {
          eventType: "access.denied",
          outcome: "denied",
          actorUserId: actor.userId,
          // Only a visible organisation is named; an id the actor cannot see is not recorded as one.
          organisationId: decision.code === "forbidden" ? organisationId : null,
          details: {
            method: request.method,
            route: request.routeOptions.url ?? "",
            reason: decision.code,
            ...(policy.kind === "client" && decision.code === "forbidden"
              ? { clientId: (request.params as { clientId?: string }).clientId }
              : {}),
          },
        }),
      );
    }
    throw new AppError(decision.code);
  });
}
