import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  recordAgreement as agreementBody,
  clientParams,
  clientRecord,
  closeEpisode as closeBody,
  episodeDecision,
  episodeParams,
  setOnHold as holdBody,
  reassignEpisode as reassignBody,
  reReferral,
} from "../../../core/contracts/clients.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { closeEpisode } from "./close-episode.ts";
import { decideReferral } from "./decide-referral.ts";
import { reReferClient } from "./re-refer-client.ts";
import { reassignEpisode } from "./reassign-episode.ts";
import { recordAgreement } from "./record-agreement.ts";
import { setOnHold } from "./set-on-hold.ts";

/** The episode's journey: decision, agreement, hold, assignment, closure and re-referral. */
export function registerEpisodeRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["episodes"];
  const full = { policy: { kind: "client" as const, need: "full" as const } };
  const response = { 200: clientRecord };
  const base = "/api/clients/:clientId/episodes/:episodeId";

  r.post("/api/clients/:clientId/episodes", {
    config: full,
    schema: {
      tags,
      summary: "Re-refer a returning client: a new episode linked to the last",
      params: clientParams,
      body: reReferral,
      response,
    },
    handler: (request) =>
      reReferClient(database, actorOf(request), request.params.clientId, request.body, helsinkiDate()),
  });
  r.post(`${base}/decision`, {
    config: full,
    schema: {
      tags,
      summary: "Accept or decline a referral (declining needs a coded reason)",
      params: episodeParams,
      body: episodeDecision,
      response,
    },
    handler: (request) =>
      decideReferral(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
  r.post(`${base}/agreement`, {
    config: full,
    schema: {
      tags,
      summary: "Record the cooperation agreement (yhteistyösopimus) that starts the service",
      params: episodeParams,
      body: agreementBody,
      response,
    },
    handler: (request) =>
      recordAgreement(database, actorOf(request), request.params, request.body.agreementDate, helsinkiDate()),
  });
  r.post(`${base}/hold`, {
    config: full,
    schema: {
      tags,
      summary: "Put the episode on hold or resume it",
      params: episodeParams,
      body: holdBody,
      response,
    },
    handler: (request) => setOnHold(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
  r.post(`${base}/assignment`, {
    config: full,
    schema: {
      tags,
      summary: "Change the coach, IPS team or treatment team",
      params: episodeParams,
      body: reassignBody,
      response,
    },
    handler: (request) =>
      reassignEpisode(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
  r.post(`${base}/closure`, {
    config: full,
    schema: {
      tags,
      summary: "Close the episode with a coded reason",
      params: episodeParams,
      body: closeBody,
      response,
    },
    handler: (request) =>
      closeEpisode(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
}
