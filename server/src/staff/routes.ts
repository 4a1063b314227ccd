import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, userParams } from "../../../core/contracts/common.ts";
import {
  createStaffUser as createBody,
  staffUser,
  updateStaffUser as updateBody,
} from "../../../core/contracts/platform.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createStaffUser } from "./create-staff-user.ts";
import { listStaff } from "./list-staff.ts";
import { updateStaffUser } from "./update-staff-user.ts";

/** Staff of an organisation and their roles. */
export function registerStaffRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["staff"];

  r.get("/api/organisations/:organisationId/users", {
    config: { policy: { kind: "organisation", permission: "user.read" } },
    schema: {
      tags,
      summary: "The organisation's staff",
      params: organisationParams,
      response: { 200: z.array(staffUser) },
    },
    handler: (request) => listStaff(database, actorOf(request), request.params.organisationId),
  });

  r.post("/api/organisations/:organisationId/users", {
    config: { policy: { kind: "organisation", permission: "user.manage" } },
    schema: {
      tags,
      summary: "Add a person with roles",
      params: organisationParams,
      body: createBody,
      response: { 201: staffUser },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createStaffUser(database, actorOf(request), request.params.organisationId, request.body)),
  });

  r.patch("/api/organisations/:organisationId/users/:userId", {
    config: { policy: { kind: "organisation", permission: "user.manage" } },
    schema: {
      tags,
      summary: "Rename, (de)activate or change roles; deactivation ends their sessions",
      params: userParams,
      body: updateBody,
      response: { 200: staffUser },
    },
    handler: (request) =>
      updateStaffUser(
        database,
        actorOf(request),
        request.params.organisationId,
        request.params.userId,
        request.body,
      ),
  });
}
