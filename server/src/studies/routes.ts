import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { clientParams } from "../../../core/contracts/clients.ts";
import {
  recordStudy as recordBody,
  study,
  studyParams,
  updateStudy as updateBody,
} from "../../../core/contracts/work.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { listStudies } from "./list-studies.ts";
import { recordStudy } from "./record-study.ts";
import { updateStudy } from "./update-study.ts";

/** The client's studies: start, end and outcome. */
export function registerStudyRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["studies"];
  const config = { policy: { kind: "client" as const, need: "full" as const } };

  r.get("/api/clients/:clientId/studies", {
    config,
    schema: {
      tags,
      summary: "The client's studies",
      params: clientParams,
      response: { 200: z.array(study) },
    },
    handler: (request) => listStudies(database, actorOf(request), request.params.clientId),
  });

  r.post("/api/clients/:clientId/studies", {
    config,
    schema: {
      tags,
      summary: "Record studies on the client's open episode",
      params: clientParams,
      body: recordBody,
      response: { 201: study },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordStudy(database, actorOf(request), request.params.clientId, request.body)),
  });

  r.patch("/api/clients/:clientId/studies/:studyId", {
    config,
    schema: {
      tags,
      summary: "Correct or complete studies (end date and outcome)",
      params: studyParams,
      body: updateBody,
      response: { 200: study },
    },
    handler: (request) => updateStudy(database, actorOf(request), request.params, request.body),
  });
}
