import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, uuid } from "../../../core/contracts/common.ts";
import {
  addCandidate as addBody,
  candidateSuggestion,
  createJobLead as createBody,
  jobLead,
  jobLeadQuery,
  setCandidateStage as stageBody,
  updateJobLead as updateBody,
} from "../../../core/contracts/employers.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { addCandidate } from "./add-candidate.ts";
import { createJobLead } from "./create-job-lead.ts";
import { getJobLead } from "./get-job-lead.ts";
import { listJobLeads } from "./list-job-leads.ts";
import { setCandidateStage } from "./set-candidate-stage.ts";
import { suggestCandidates } from "./suggest-candidates.ts";
import { updateJobLead } from "./update-job-lead.ts";

const leadParams = z.strictObject({ organisationId: uuid, leadId: uuid });
const candidateParams = z.strictObject({ organisationId: uuid, leadId: uuid, clientId: uuid });

/** Job leads, advertised or hidden, matched with job seekers; a hire starts the job. */
export function registerJobLeadRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["job development"];
  const base = "/api/organisations/:organisationId/job-leads";
  const read = { policy: { kind: "organisation" as const, permission: "employer.read" as const } };
  const manage = { policy: { kind: "organisation" as const, permission: "employer.manage" as const } };

  r.post(base, {
    config: manage,
    schema: {
      tags,
      summary: "Record a job lead",
      params: organisationParams,
      body: createBody,
      response: { 201: jobLead },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createJobLead(database, actorOf(request), request.params.organisationId, request.body)),
  });

  r.get(base, {
    config: read,
    schema: {
      tags,
      summary: "The organisation's job leads, newest first",
      params: organisationParams,
      querystring: jobLeadQuery,
      response: { 200: z.array(jobLead) },
    },
    handler: (request) =>
      listJobLeads(database, actorOf(request), request.params.organisationId, request.query),
  });

  r.get(`${base}/:leadId`, {
    config: read,
    schema: {
      tags,
      summary: "One job lead with its candidates",
      params: leadParams,
      response: { 200: jobLead },
    },
    handler: (request) =>
      getJobLead(database, actorOf(request), request.params.organisationId, request.params.leadId),
  });

  r.patch(`${base}/:leadId`, {
    config: manage,
    schema: {
      tags,
      summary: "Correct, close or reopen a job lead",
      params: leadParams,
      body: updateBody,
      response: { 200: jobLead },
    },
    handler: (request) =>
      updateJobLead(
        database,
        actorOf(request),
        request.params.organisationId,
        request.params.leadId,
        request.body,
      ),
  });

  r.get(`${base}/:leadId/suggestions`, {
    config: read,
    schema: {
      tags,
      summary: "Job seekers whose job search plan fits the lead, best fits first",
      params: leadParams,
      response: { 200: z.array(candidateSuggestion) },
    },
    handler: (request) =>
      suggestCandidates(database, actorOf(request), request.params.organisationId, request.params.leadId),
  });

  r.post(`${base}/:leadId/candidates`, {
    config: manage,
    schema: {
      tags,
      summary: "Match a job seeker with the lead",
      params: leadParams,
      body: addBody,
      response: { 201: jobLead },
    },
    handler: async (request, reply) => {
      const { organisationId, leadId } = request.params;
      return reply
        .status(201)
        .send(await addCandidate(database, actorOf(request), organisationId, leadId, request.body.clientId));
    },
  });

  r.post(`${base}/:leadId/candidates/:clientId/stage`, {
    config: manage,
    schema: {
      tags,
      summary: "Move a candidate on: presented, interview, not selected or hired (which starts the job)",
      params: candidateParams,
      body: stageBody,
      response: { 200: jobLead },
    },
    handler: (request) =>
      setCandidateStage(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
}
