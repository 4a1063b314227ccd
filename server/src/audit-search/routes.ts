import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditPage, auditQuery, recordUsePage, recordUseQuery } from "../../../core/contracts/audit.ts";
import { clientParams } from "../../../core/contracts/clients.ts";
import { organisationParams } from "../../../core/contracts/common.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { listClientRecordUse } from "./list-client-record-use.ts";
import { searchAuditLog } from "./search-audit-log.ts";

/** The audit log search (audit.read), and a client's use log for the client's IPS team. */
export function registerAuditRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/api/organisations/:organisationId/audit", {
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

  r.get("/api/clients/:clientId/record-use", {
    config: { policy: { kind: "client", need: "full" } },
    schema: {
      tags: ["audit"],
      summary: "Who has read or changed this client's data: who, role, organisation, what, when",
      params: clientParams,
      querystring: recordUseQuery,
      response: { 200: recordUsePage },
    },
    handler: (request) =>
      listClientRecordUse(database, actorOf(request), request.params.clientId, request.query),
  });
}
