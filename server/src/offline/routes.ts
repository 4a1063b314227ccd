import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { offlineKey, requestOfflineKey } from "../../../core/contracts/offline.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { issueOfflineKey } from "./issue-offline-key.ts";

/** The signed-in session's offline-draft key (ADR 0016). */
export function registerOfflineRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post("/api/session/offline-key", {
    // Any signed-in person may keep drafts; the key opens nothing on the server.
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags: ["session"],
      summary: "This session's key for drafts kept on the device; gone when the session ends",
      body: requestOfflineKey,
      response: { 200: offlineKey },
    },
    handler: async (request, reply) =>
      reply.header("cache-control", "no-store").send(await issueOfflineKey(database, actorOf(request))),
  });
}
