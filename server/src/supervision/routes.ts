import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { teamParams } from "../../../core/contracts/common.ts";
import { supervisionAgenda } from "../../../core/contracts/supervision.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { getSupervisionAgenda } from "./get-supervision-agenda.ts";

/** The team lead's weekly group supervision agenda (issue 10). */
export function registerSupervisionRoutes(app: FastifyInstance, database: Database) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get("/api/organisations/:organisationId/teams/:teamId/supervision", {
      // The team must be visible (aggregate gate, before validation); the use case then requires
      // its team lead, since the agenda names clients.
      config: { policy: { kind: "aggregate", scope: "team" } },
      schema: {
        tags: ["supervision"],
        summary: "The team's supervision agenda: per coach, the clients and figures to talk about this week",
        params: teamParams,
        response: { 200: supervisionAgenda },
      },
      handler: (request) => getSupervisionAgenda(database, actorOf(request), request.params, helsinkiDate()),
    });
}
