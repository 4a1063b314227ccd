import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { me, updateMe as updateBody } from "../../../core/contracts/platform.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { getMe } from "./get-me.ts";
import { updateMe } from "./update-me.ts";

/** The signed-in person's own account. */
export function registerProfileRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["profile"];

  r.get("/api/me", {
    config: { policy: { kind: "signedIn", beforeTwoFactor: true } },
    schema: { tags, summary: "Who I am, my memberships and what I may do", response: { 200: me } },
    handler: (request) => getMe(database, actorOf(request)),
  });

  r.patch("/api/me", {
    config: { policy: { kind: "signedIn", beforeTwoFactor: true } },
    schema: { tags, summary: "Change my name or language", body: updateBody, response: { 200: me } },
    handler: async (request) => {
      const actor = actorOf(request);
      await updateMe(database, actor, request.body);
      return getMe(database, { ...actor, ...request.body });
    },
  });
}
