import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { clientParams } from "../../../core/contracts/clients.ts";
import {
  endJob as endBody,
  job,
  jobListItem,
  jobParams,
  recordJob as recordBody,
  updateJob as updateBody,
} from "../../../core/contracts/work.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { endJob } from "./end-job.ts";
import { listJobs } from "./list-jobs.ts";
import { recordJob } from "./record-job.ts";
import { updateJob } from "./update-job.ts";

/** The client's jobs: recorded, corrected and ended by the IPS team; listed for consented viewers too. */
export function registerJobRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["jobs"];
  const full = { policy: { kind: "client" as const, need: "full" as const } };

  r.get("/api/clients/:clientId/jobs", {
    config: { policy: { kind: "client", need: "shared" } },
    schema: {
      tags,
      summary: "The client's jobs; a consented viewer sees employer, title, dates and hours only",
      params: clientParams,
      response: { 200: z.array(jobListItem) },
    },
    handler: (request) => listJobs(database, actorOf(request), request.params.clientId),
  });

  r.post("/api/clients/:clientId/jobs", {
    config: full,
    schema: {
      tags,
      summary: "Record a job on the client's open episode",
      params: clientParams,
      body: recordBody,
      response: { 201: job },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordJob(database, actorOf(request), request.params.clientId, request.body, helsinkiDate()),
        ),
  });

  r.patch("/api/clients/:clientId/jobs/:jobId", {
    config: full,
    schema: {
      tags,
      summary: "Correct or complete a job",
      params: jobParams,
      body: updateBody,
      response: { 200: job },
    },
    handler: (request) => updateJob(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });

  r.post("/api/clients/:clientId/jobs/:jobId/ending", {
    config: full,
    schema: {
      tags,
      summary: "Record that a job ended: date, coded reason, and when the coach learned of it",
      params: jobParams,
      body: endBody,
      response: { 200: job },
    },
    handler: (request) => endJob(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
}
