import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { clientParams } from "../../../core/contracts/clients.ts";
import {
  plan,
  planVersion,
  planVersionParams,
  savePlanVersion as saveBody,
} from "../../../core/contracts/plans.ts";
import { planKinds } from "../../../core/plans/codes.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { getPlan } from "./get-plan.ts";
import { getPlanVersion } from "./get-plan-version.ts";
import { savePlanVersion } from "./save-plan-version.ts";

/**
 * The versioned plans of a client, IPS team only: career profile, job search plan, disclosure plan
 * and benefits planning. One set of routes per kind, so each body is validated (and documented) by
 * its own schema at the edge.
 */
export function registerPlanRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["plans"];
  const config = { policy: { kind: "client" as const, need: "full" as const } };

  for (const kind of planKinds) {
    const base = `/api/clients/:clientId/plans/${kind}`;
    r.get(base, {
      config,
      schema: {
        tags,
        summary: `The latest ${kind} and its versions`,
        params: clientParams,
        response: { 200: plan(kind) },
      },
      // `as never`: the content type depends on the loop's kind, which TypeScript cannot narrow here.
      // The stored content passed this kind's schema when saved; the response schema checks it again.
      handler: async (request) =>
        (await getPlan(database, actorOf(request), request.params.clientId, kind)) as never,
    });
    r.get(`${base}/versions/:version`, {
      config,
      schema: {
        tags,
        summary: `One version of the ${kind}`,
        params: planVersionParams,
        response: { 200: planVersion(kind) },
      },
      handler: async (request) =>
        (await getPlanVersion(database, actorOf(request), request.params, kind)) as never,
    });
    r.post(base, {
      config,
      schema: {
        tags,
        summary: `Save a new version of the ${kind}; earlier versions stay readable`,
        params: clientParams,
        body: saveBody(kind),
        response: { 201: planVersion(kind) },
      },
      handler: async (request, reply) => {
        // The body passed this kind's schema; the use case needs only that it is an object.
        const { content } = request.body as { content: Record<string, unknown> };
        const saved = await savePlanVersion(
          database,
          actorOf(request),
          request.params.clientId,
          kind,
          content,
          helsinkiDate(),
        );
        return reply.status(201).send(saved as never);
      },
    });
  }
}
