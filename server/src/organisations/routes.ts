import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams } from "../../../core/contracts/common.ts";
import {
  createOrganisation as createBody,
  organisation,
  updateOrganisation as updateBody,
} from "../../../core/contracts/platform.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createOrganisation } from "./create-organisation.ts";
import { getOrganisation } from "./get-organisation.ts";
import { listOrganisations } from "./list-organisations.ts";
import { updateOrganisation } from "./update-organisation.ts";

/** Organisations: platform admins list and create them; members read, admins manage their own. */
export function registerOrganisationRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["organisations"];

  r.get("/api/organisations", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "List every organisation (platform admins)",
      response: { 200: z.array(organisation) },
    },
    handler: (request) => listOrganisations(database, actorOf(request)),
  });

  r.post("/api/organisations", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "Create an organisation with its first admin",
      body: createBody,
      response: { 201: organisation },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createOrganisation(database, actorOf(request), request.body)),
  });

  r.get("/api/organisations/:organisationId", {
    config: { policy: { kind: "organisation", permission: "organisation.read" } },
    schema: {
      tags,
      summary: "One organisation",
      params: organisationParams,
      response: { 200: organisation },
    },
    handler: (request) => getOrganisation(database, actorOf(request), request.params.organisationId),
  });

  r.patch("/api/organisations/:organisationId", {
    config: { policy: { kind: "organisation", permission: "organisation.manage" } },
    schema: {
      tags,
      summary: "Change name, type or the two-factor requirement",
      params: organisationParams,
      body: updateBody,
      response: { 200: organisation },
    },
    handler: (request) =>
      updateOrganisation(database, actorOf(request), request.params.organisationId, request.body),
  });
}
