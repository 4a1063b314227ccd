import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditPage, auditQuery } from "../../../core/contracts/audit.ts";
import { organisationParams } from "../../../core/contracts/common.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { searchAuditLog } from "./search-audit-log.ts";

/** The audit log search for organisation admins. */
export function registerAuditRoutes(app: FastifyInstance, database: Database) {
  app.withTypeProvider<ZodTypeProvider>().get("/api/organisations/:organisationId/audit", {
    config: { policy: { kind: "organisation", permission: "audit.read" } },
    schema: {
      tags: ["audit"],
      summary: "Search the audit log by a person's name, words of the event, and dates, newest first",
      params: organisationParams,
      querystring: auditQuery,
      response: { 200: auditPage },
    },
    handler: (request) =>
      searchAuditLog(database, actorOf(request), request.params.organisationId, request.query),
  });
}
