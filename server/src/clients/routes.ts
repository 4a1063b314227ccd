import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caseload, teamCaseloads } from "../../../core/contracts/caseload.ts";
import {
  clientParams,
  clientRecord,
  clientSearch,
  clientSummary,
  createClient as createBody,
  duplicateCandidate,
  updateClient as updateBody,
} from "../../../core/contracts/clients.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createClient } from "./create-client.ts";
import { getClient } from "./get-client.ts";
import { listMyCaseload, listTeamCaseloads } from "./list-caseloads.ts";
import { searchClients } from "./search-clients.ts";
import { updateClient } from "./update-client.ts";

const created = z.object({ created: z.literal(true), clientId: z.uuid(), episodeId: z.uuid() });
const duplicates = z.object({ created: z.literal(false), duplicates: z.array(duplicateCandidate) });

/** Client records, search and caseloads. */
export function registerClientRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["clients"];

  r.get("/api/clients", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "Search the clients I may see by name or henkilötunnus",
      querystring: clientSearch,
      response: { 200: z.array(clientSummary) },
    },
    handler: (request) => searchClients(database, actorOf(request), request.query, helsinkiDate()),
  });

  r.post("/api/clients", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary:
        "Create a client with a referral, or refer one from a treatment team; returns possible duplicates first",
      body: createBody,
      response: { 201: created, 200: duplicates },
    },
    handler: async (request, reply) => {
      const result = await createClient(database, actorOf(request), request.body, helsinkiDate());
      return result.created ? reply.status(201).send(result) : reply.status(200).send(result);
    },
  });

  r.get("/api/clients/:clientId", {
    config: { policy: { kind: "client", need: "shared" } },
    schema: {
      tags,
      summary: "One client record, as much as my access allows",
      params: clientParams,
      response: { 200: clientRecord },
    },
    handler: (request) => getClient(database, actorOf(request), request.params.clientId, helsinkiDate()),
  });

  r.patch("/api/clients/:clientId", {
    config: { policy: { kind: "client", need: "full" } },
    schema: {
      tags,
      summary: "Correct or complete the client's details",
      params: clientParams,
      body: updateBody,
      response: { 200: clientRecord },
    },
    handler: (request) =>
      updateClient(database, actorOf(request), request.params.clientId, request.body, helsinkiDate()),
  });

  r.get("/api/caseload", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "My caseload with phase, last contact and reminders",
      response: { 200: caseload },
    },
    handler: (request) => listMyCaseload(database, actorOf(request), helsinkiDate()),
  });

  r.get("/api/team-caseloads", {
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "The caseloads of the teams I lead, side by side",
      response: { 200: z.array(teamCaseloads) },
    },
    handler: (request) => listTeamCaseloads(database, actorOf(request), helsinkiDate()),
  });
}
