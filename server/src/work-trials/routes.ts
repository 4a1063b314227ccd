import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { clientParams } from "../../../core/contracts/clients.ts";
import {
  recordWorkTrial as recordBody,
  updateWorkTrial as updateBody,
  workTrial,
  workTrialParams,
} from "../../../core/contracts/work.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { listWorkTrials } from "./list-work-trials.ts";
import { recordWorkTrial } from "./record-work-trial.ts";
import { updateWorkTrial } from "./update-work-trial.ts";

/** The client's work trials (työkokeilu), kept apart from jobs. */
export function registerWorkTrialRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["work trials"];
  const config = { policy: { kind: "client" as const, need: "full" as const } };

  r.get("/api/clients/:clientId/work-trials", {
    config,
    schema: {
      tags,
      summary: "The client's work trials",
      params: clientParams,
      response: { 200: z.array(workTrial) },
    },
    handler: (request) => listWorkTrials(database, actorOf(request), request.params.clientId),
  });

  r.post("/api/clients/:clientId/work-trials", {
    config,
    schema: {
      tags,
      summary: "Record a work trial on the client's open episode",
      params: clientParams,
      body: recordBody,
      response: { 201: workTrial },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordWorkTrial(database, actorOf(request), request.params.clientId, request.body)),
  });

  r.patch("/api/clients/:clientId/work-trials/:workTrialId", {
    config,
    schema: {
      tags,
      summary: "Correct or complete a work trial",
      params: workTrialParams,
      body: updateBody,
      response: { 200: workTrial },
    },
    handler: (request) => updateWorkTrial(database, actorOf(request), request.params, request.body),
  });
}
