import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams } from "../../../core/contracts/common.ts";
import {
  createEmployerFull,
  employerDetail,
  employerHistory,
  employerListItem,
  employerListQuery,
  updateEmployer as updateBody,
} from "../../../core/contracts/employers.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { registerContactPersonRoutes } from "./contact-person-routes.ts";
import { createEmployer } from "./create-employer.ts";
import { registerEmployerCsvRoutes } from "./employer-csv-routes.ts";
import { employerParams } from "./employer-params.ts";
import { listEmployers } from "./list-employers.ts";
import { updateEmployer } from "./update-employer.ts";
import { viewEmployer } from "./view-employer.ts";
import { viewEmployerHistory } from "./view-employer-history.ts";

/** The organisation's employer register: every coach of the organisation uses the same one. */
export function registerEmployerRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["employers"];
  const read = { policy: { kind: "organisation", permission: "employer.read" } } as const;
  const manage = { policy: { kind: "organisation", permission: "employer.manage" } } as const;

  r.get("/api/organisations/:organisationId/employers", {
    config: read,
    schema: {
      tags,
      summary:
        "Find employers by name (part of it) or business ID (exactly); archived ones only with includeArchived=true",
      params: organisationParams,
      querystring: employerListQuery,
      response: { 200: z.array(employerListItem) },
    },
    handler: (request) =>
      listEmployers(database, actorOf(request), request.params.organisationId, request.query),
  });

  r.post("/api/organisations/:organisationId/employers", {
    config: manage,
    schema: {
      tags,
      summary:
        "Add an employer. A business ID already in the register is 409 conflict with fields.businessId; " +
        "find the existing employer to link to with GET …/employers?q=<business ID>&includeArchived=true",
      params: organisationParams,
      body: createEmployerFull,
      response: { 201: employerDetail },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createEmployer(database, actorOf(request), request.params.organisationId, request.body)),
  });

  r.get("/api/organisations/:organisationId/employers/:employerId", {
    config: read,
    schema: {
      tags,
      summary: "One employer with its contact persons (personal data: the read is audited)",
      params: employerParams,
      response: { 200: employerDetail },
    },
    handler: (request) =>
      viewEmployer(database, actorOf(request), request.params.organisationId, request.params.employerId),
  });

  r.patch("/api/organisations/:organisationId/employers/:employerId", {
    config: manage,
    schema: {
      tags,
      summary:
        "Change an employer's details, archive or restore it (a new business ID is checked for duplicates)",
      params: employerParams,
      body: updateBody,
      response: { 200: employerDetail },
    },
    handler: (request) =>
      updateEmployer(
        database,
        actorOf(request),
        request.params.organisationId,
        request.params.employerId,
        request.body,
      ),
  });

  r.get("/api/organisations/:organisationId/employers/:employerId/history", {
    config: read,
    schema: {
      tags,
      summary: "Every contact, job and lead with the employer; job seekers counted, never named",
      params: employerParams,
      response: { 200: employerHistory },
    },
    handler: (request) =>
      viewEmployerHistory(
        database,
        actorOf(request),
        request.params.organisationId,
        request.params.employerId,
      ),
  });

  registerContactPersonRoutes(app, database);
  registerEmployerCsvRoutes(app, database);
}
