import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  contactPerson,
  contactPersonInput,
  updateContactPerson as updateBody,
} from "../../../core/contracts/employers.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { addContactPerson } from "./add-contact-person.ts";
import { contactPersonParams, employerParams } from "./employer-params.ts";
import { updateContactPerson } from "./update-contact-person.ts";

/** An employer's contact persons (personal data: same gate as the register, every change audited). */
export function registerContactPersonRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["employers"];
  const manage = { policy: { kind: "organisation", permission: "employer.manage" } } as const;

  r.post("/api/organisations/:organisationId/employers/:employerId/contact-persons", {
    config: manage,
    schema: {
      tags,
      summary: "Add a contact person to an employer",
      params: employerParams,
      body: contactPersonInput,
      response: { 201: contactPerson },
    },
    handler: async (request, reply) => {
      const { organisationId, employerId } = request.params;
      return reply
        .status(201)
        .send(await addContactPerson(database, actorOf(request), organisationId, employerId, request.body));
    },
  });

  r.patch("/api/organisations/:organisationId/employers/:employerId/contact-persons/:contactPersonId", {
    config: manage,
    schema: {
      tags,
      summary: "Change a contact person's details, archive or restore them (never deleted)",
      params: contactPersonParams,
      body: updateBody,
      response: { 200: contactPerson },
    },
    handler: (request) => {
      const { organisationId, employerId, contactPersonId } = request.params;
      return updateContactPerson(
        database,
        actorOf(request),
        organisationId,
        employerId,
        contactPersonId,
        request.body,
      );
    },
  });
}
