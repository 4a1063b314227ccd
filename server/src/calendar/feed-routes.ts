import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  calendarFeedCreated,
  calendarFeedParams,
  calendarFeedStatus,
} from "../../../core/contracts/calendar.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { createCalendarFeed } from "./create-calendar-feed.ts";
import { getCalendarFeed } from "./get-calendar-feed.ts";
import { readCalendarFeed } from "./read-calendar-feed.ts";
import { revokeCalendarFeed } from "./revoke-calendar-feed.ts";

/** The personal iCalendar feed: managed by its owner, read by their calendar app with the secret URL. */
export function registerCalendarFeedRoutes(app: FastifyInstance, database: Database, publicUrl: string) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calendar"];
  const signedIn = { policy: { kind: "signedIn" as const } };

  r.get("/api/calendar-feed", {
    config: signedIn,
    schema: { tags, summary: "Whether my calendar feed is on", response: { 200: calendarFeedStatus } },
    handler: (request) => getCalendarFeed(database, actorOf(request)),
  });

  r.post("/api/calendar-feed", {
    config: signedIn,
    schema: {
      tags,
      summary: "Create or rotate my calendar feed; its secret URL is shown this once",
      body: z.strictObject({}),
      response: { 201: calendarFeedCreated },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createCalendarFeed(database, actorOf(request), publicUrl)),
  });

  r.delete("/api/calendar-feed", {
    config: signedIn,
    schema: { tags, summary: "Turn my calendar feed off", response: { 200: calendarFeedStatus } },
    handler: (request) => revokeCalendarFeed(database, actorOf(request)),
  });

  r.get("/api/calendar/:token", {
    config: {
      policy: {
        kind: "public",
        reason: "calendar apps cannot sign in; the URL's 256-bit secret is the credential",
      },
    },
    schema: {
      tags,
      summary: "A calendar feed (text/calendar): initials and places only",
      params: calendarFeedParams,
    },
    handler: async (request, reply) => {
      const text = await readCalendarFeed(database, request.params.token);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "no-store")
        .header("x-robots-tag", "noindex")
        .send(text);
    },
  });
}
