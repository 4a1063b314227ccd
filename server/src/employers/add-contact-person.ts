import type { z } from "zod";
import type { contactPersonInput } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { findEmployer } from "./employer-columns.ts";
import { contactPersonColumns } from "./load-contact-persons.ts";
import { type ContactPersonView, presentContactPerson } from "./present-employer.ts";

export type ContactPersonInput = z.infer<typeof contactPersonInput>;

/** Adds a contact person (personal data: audited with ids and field names only) to an employer. */
export function addContactPerson(
  database: Database,
  actor: Actor,
  organisationId: string,
  employerId: string,
  input: ContactPersonInput,
): Promise<ContactPersonView> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const employer = await findEmployer(trx, organisationId, employerId);
    const row = await trx
      .insertInto("employer_contact_person")
      .values({
        employer_id: employer.id,
        name: input.name,
        role: input.role || null,
        phone: input.phone || null,
        email: input.email || null,
        created_by: actor.userId,
      })
      .returning(contactPersonColumns)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "contact_person.added",
      actorUserId: actor.userId,
      organisationId,
      targetType: "contact_person",
      targetId: row.id,
      details: { employerId: employer.id, fields: Object.keys(input).filter((k) => k !== "name") },
    });
    return presentContactPerson(row);
  });
}
