import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { weeklyPicture, weeklyQuery } from "../../../core/contracts/employers.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { registerEmployerContactRoutes } from "./contact-routes.ts";
import { getWeeklyPicture } from "./get-weekly-picture.ts";
import { registerJobLeadRoutes } from "./lead-routes.ts";

/** Job development: employer contacts, job leads and the weekly picture (fidelity V4–V7). */
export function registerJobDevelopmentRoutes(app: FastifyInstance, database: Database) {
  registerEmployerContactRoutes(app, database);
  registerJobLeadRoutes(app, database);
  app.withTypeProvider<ZodTypeProvider>().get("/api/job-development/weekly", {
    // The caller's own weeks and those of the teams they lead, across their organisations.
    config: { policy: { kind: "signedIn" } },
    schema: {
      tags: ["job development"],
      summary: "Face-to-face employer contacts and their results per week, against the IPS expectation",
      querystring: weeklyQuery,
      response: { 200: weeklyPicture },
    },
    handler: (request) => getWeeklyPicture(database, actorOf(request), request.query.weeks),
  });
}
