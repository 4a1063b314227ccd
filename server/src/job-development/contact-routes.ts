import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, uuid } from "../../../core/contracts/common.ts";
import {
  contactListQuery,
  disclosureCheckQuery,
  disclosureWarning,
  employerContact,
  recordEmployerContact as recordBody,
  recordedContact,
} from "../../../core/contracts/employers.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { checkDisclosure } from "./check-disclosure.ts";
import { listEmployerContacts } from "./list-employer-contacts.ts";
import { recordEmployerContact } from "./record-employer-contact.ts";
import { retractEmployerContact } from "./retract-employer-contact.ts";

const contactParams = z.strictObject({ organisationId: uuid, contactId: uuid });
const retractBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

/** Employer contacts: logged by coaches in under a minute, checked against disclosure plans. */
export function registerEmployerContactRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["job development"];
  const base = "/api/organisations/:organisationId/employer-contacts";
  const read = { policy: { kind: "organisation" as const, permission: "employer.read" as const } };
  const manage = { policy: { kind: "organisation" as const, permission: "employer.manage" as const } };

  r.post(base, {
    config: manage,
    schema: {
      tags,
      summary: "Record an employer contact; warnings name job seekers whose disclosure plan is against it",
      params: organisationParams,
      body: recordBody,
      response: { 201: recordedContact },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordEmployerContact(
            database,
            actorOf(request),
            request.params.organisationId,
            request.body,
          ),
        ),
  });

  r.get(`${base}/disclosure-check`, {
    config: read,
    schema: {
      tags,
      summary:
        "Which chosen job seekers' disclosure plans do not allow health to be discussed with the employer",
      params: organisationParams,
      querystring: disclosureCheckQuery,
      response: { 200: z.array(disclosureWarning) },
    },
    handler: (request) =>
      checkDisclosure(database, actorOf(request), request.params.organisationId, request.query),
  });

  r.get(base, {
    config: read,
    schema: {
      tags,
      summary: "Employer contacts, newest first: own and led teams', or one employer's or job seeker's",
      params: organisationParams,
      querystring: contactListQuery,
      response: { 200: z.array(employerContact) },
    },
    handler: (request) =>
      listEmployerContacts(database, actorOf(request), request.params.organisationId, request.query),
  });

  r.post(`${base}/:contactId/retraction`, {
    config: manage,
    schema: {
      tags,
      summary: "Retract an employer contact recorded in error (its author only); it stops counting",
      params: contactParams,
      body: retractBody,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      const { organisationId, contactId } = request.params;
      await retractEmployerContact(
        database,
        actorOf(request),
        organisationId,
        contactId,
        request.body.reason,
      );
      return reply.status(204).send(null);
    },
  });
}
