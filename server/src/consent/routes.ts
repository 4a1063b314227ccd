import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  clientParams,
  clientRecord,
  consentParams,
  consentWithdrawal,
  grantConsent as grantBody,
  withdrawConsent as withdrawBody,
} from "../../../core/contracts/clients.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { grantConsent } from "./grant-consent.ts";
import { withdrawConsent } from "./withdraw-consent.ts";

/** The client's consents: recorded and withdrawn by the IPS team. */
export function registerConsentRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["consent"];
  r.post("/api/clients/:clientId/consents", {
    config: { policy: { kind: "client", need: "full" } },
    schema: {
      tags,
      summary: "Record a consent the client gave",
      params: clientParams,
      body: grantBody,
      response: { 201: clientRecord },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await grantConsent(
            database,
            actorOf(request),
            request.params.clientId,
            request.body,
            helsinkiDate(),
          ),
        ),
  });
  r.post("/api/clients/:clientId/consents/:consentId/withdrawal", {
    config: { policy: { kind: "client", need: "full" } },
    schema: {
      tags,
      summary: "Record that the client withdrew a consent; sharing stops at once",
      params: consentParams,
      body: withdrawBody,
      response: { 200: consentWithdrawal },
    },
    handler: (request) =>
      withdrawConsent(database, actorOf(request), request.params, request.body, helsinkiDate()),
  });
}
