import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, teamParams } from "../../../core/contracts/common.ts";
import {
  createTeam as createBody,
  team,
  updateTeam as updateBody,
} from "../../../core/contracts/platform.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createTeam } from "./create-team.ts";
import { listTeamMembers } from "./list-team-members.ts";
import { listTeams } from "./list-teams.ts";
import { updateTeam } from "./update-team.ts";

/** Teams of an organisation: IPS teams and treatment teams. */
export function registerTeamRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["teams"];

  r.get("/api/organisations/:organisationId/teams", {
    config: { policy: { kind: "organisation", permission: "team.read" } },
    schema: {
      tags,
      summary: "The organisation's teams",
      params: organisationParams,
      response: { 200: z.array(team) },
    },
    handler: (request) => listTeams(database, actorOf(request), request.params.organisationId),
  });

  r.post("/api/organisations/:organisationId/teams", {
    config: { policy: { kind: "organisation", permission: "team.manage" } },
    schema: {
      tags,
      summary: "Create a team",
      params: organisationParams,
      body: createBody,
      response: { 201: team },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createTeam(database, actorOf(request), request.params.organisationId, request.body)),
  });

  r.patch("/api/organisations/:organisationId/teams/:teamId", {
    config: { policy: { kind: "organisation", permission: "team.manage" } },
    schema: {
      tags,
      summary: "Rename, archive or restore a team",
      params: teamParams,
      body: updateBody,
      response: { 200: team },
    },
    handler: (request) =>
      updateTeam(
        database,
        actorOf(request),
        request.params.organisationId,
        request.params.teamId,
        request.body,
      ),
  });

  r.get("/api/organisations/:organisationId/teams/:teamId/members", {
    config: { policy: { kind: "organisation", permission: "team.read" } },
    schema: {
      tags,
      summary: "Active members of a team (for assigning a coach)",
      params: teamParams,
      response: { 200: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string() })) },
    },
    handler: (request) =>
      listTeamMembers(database, actorOf(request), request.params.organisationId, request.params.teamId),
  });
}
