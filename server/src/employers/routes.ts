import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams } from "../../../core/contracts/common.ts";
import { createEmployer as createBody, employer, employerSearch } from "../../../core/contracts/work.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createEmployer } from "./create-employer.ts";
import { listEmployers } from "./list-employers.ts";

/** The organisation's employer register (minimal: look up and add). */
export function registerEmployerRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["employers"];

  r.get("/api/organisations/:organisationId/employers", {
    config: { policy: { kind: "organisation", permission: "employer.read" } },
    schema: {
      tags,
      summary: "Find employers of the register by name or business ID",
      params: organisationParams,
      querystring: employerSearch,
      response: { 200: z.array(employer) },
    },
    handler: (request) =>
      listEmployers(database, actorOf(request), request.params.organisationId, request.query.q),
  });

  r.post("/api/organisations/:organisationId/employers", {
    config: { policy: { kind: "organisation", permission: "employer.manage" } },
    schema: {
      tags,
      summary: "Add an employer to the register",
      params: organisationParams,
      body: createBody,
      response: { 201: employer },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createEmployer(database, actorOf(request), request.params.organisationId, request.body)),
  });
}
