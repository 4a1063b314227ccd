import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, userId, userParams } from "../../../core/contracts/common.ts";
import {
  createStaffUser as createBody,
  deactivatePerson,
  personDeactivation,
  staffUser,
  updateStaffUser as updateBody,
} from "../../../core/contracts/platform.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createStaffUser } from "./create-staff-user.ts";
import { deactivatePersonEverywhere } from "./deactivate-person-everywhere.ts";
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

  // Closing a person's account everywhere is the platform's act: an organisation's admin only ends
  // the person's roles in their own organisation (PATCH above).
  r.post("/api/platform/users/:userId/deactivation", {
    config: { policy: { kind: "platformAdmin" } },
    schema: {
      tags,
      summary: "Deactivate a person in every organisation and end their sessions (platform admins)",
      params: z.strictObject({ userId }),
      body: deactivatePerson,
      response: { 200: personDeactivation },
    },
    handler: (request) =>
      deactivatePersonEverywhere(database, actorOf(request), request.params.userId, request.body.reason),
  });
}
