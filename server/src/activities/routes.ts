import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  activity,
  activityList,
  activityPage,
  activityParams,
  activityReview,
  activityRevision,
  editActivity as editBody,
  recordActivityHeaders,
  recordActivity as recordBody,
  retractActivity as retractBody,
} from "../../../core/contracts/activities.ts";
import { clientParams } from "../../../core/contracts/clients.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { editActivity } from "./edit-activity.ts";
import { listActivities } from "./list-activities.ts";
import { listActivityReview } from "./list-activity-review.ts";
import { listActivityRevisions } from "./list-activity-revisions.ts";
import { recordActivity } from "./record-activity.ts";
import { retractActivity } from "./retract-activity.ts";

/** A client's activity log: record, correct with history, retract, and read as access allows. */
export function registerActivityRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["activities"];
  const full = { policy: { kind: "client" as const, need: "full" as const } };
  const base = "/api/clients/:clientId/activities";

  r.get("/api/activity-review", {
    // The caller's own caseload (a coach) and the teams they lead; the use case scopes it.
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags,
      summary: "Activities whose type and mode disagree (a phone call saved as face to face), to correct",
      response: { 200: activityReview },
    },
    handler: (request) => listActivityReview(database, actorOf(request), helsinkiDate()),
  });

  r.get(base, {
    config: { policy: { kind: "client", need: "shared" } },
    schema: {
      tags,
      summary: "The client's activities, newest first (the shared view: notes marked shared only)",
      params: clientParams,
      querystring: activityList,
      response: { 200: activityPage },
    },
    handler: (request) => listActivities(database, actorOf(request), request.params.clientId, request.query),
  });

  r.post(base, {
    config: full,
    schema: {
      tags,
      summary:
        "Record a contact or piece of work with time, duration, mode, place and purpose; an Idempotency-Key (UUID) makes a repeat answer the first",
      params: clientParams,
      headers: recordActivityHeaders,
      body: recordBody,
      response: { 201: activity },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordActivity(
            database,
            actorOf(request),
            request.params.clientId,
            request.body,
            request.headers["idempotency-key"],
          ),
        ),
  });

  r.patch(`${base}/:activityId`, {
    config: full,
    schema: {
      tags,
      summary: "Correct an activity; the previous version is kept (author or team leader only)",
      params: activityParams,
      body: editBody,
      response: { 200: activity },
    },
    handler: (request) => editActivity(database, actorOf(request), request.params, request.body),
  });

  r.post(`${base}/:activityId/retraction`, {
    config: full,
    schema: {
      tags,
      summary: "Retract an activity recorded in error; it stays listed, flagged (author or team leader only)",
      params: activityParams,
      body: retractBody,
      response: { 200: activity },
    },
    handler: (request) => retractActivity(database, actorOf(request), request.params, request.body.reason),
  });

  r.get(`${base}/:activityId/revisions`, {
    config: full,
    schema: {
      tags,
      summary: "Earlier versions of an activity, newest first",
      params: activityParams,
      response: { 200: z.array(activityRevision) },
    },
    handler: (request) => listActivityRevisions(database, actorOf(request), request.params),
  });
}
