import type { z } from "zod";
import type { updateContactPerson as schema } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { findEmployer } from "./employer-columns.ts";
import { contactPersonColumns } from "./load-contact-persons.ts";
import { type ContactPersonView, presentContactPerson } from "./present-employer.ts";

export type UpdateContactPersonInput = z.infer<typeof schema>;

/**
 * Changes a contact person's details, or archives / restores them: contact persons are never
 * deleted, because recorded contacts name them. Audited with the field names only.
 */
export function updateContactPerson(
  database: Database,
  actor: Actor,
  organisationId: string,
  employerId: string,
  contactPersonId: string,
  input: UpdateContactPersonInput,
): Promise<ContactPersonView> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const employer = await findEmployer(trx, organisationId, employerId);
    const current = await trx
      .selectFrom("employer_contact_person")
      .select(["id", "archived_at"])
      .where("id", "=", contactPersonId)
      .where("employer_id", "=", employer.id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound();
    const { archived, ...fields } = input;
    const archiveChange = archived !== undefined && archived !== (current.archived_at !== null);
    const row = await trx
      .updateTable("employer_contact_person")
      .set({
        ...(fields.name !== undefined ? { name: fields.name } : {}),
        ...(fields.role !== undefined ? { role: fields.role || null } : {}),
        ...(fields.phone !== undefined ? { phone: fields.phone || null } : {}),
        ...(fields.email !== undefined ? { email: fields.email || null } : {}),
        ...(archiveChange ? { archived_at: archived ? new Date() : null } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", current.id)
      .returning(contactPersonColumns)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "contact_person.updated",
      actorUserId: actor.userId,
      organisationId,
      targetType: "contact_person",
      targetId: row.id,
      details: {
        employerId: employer.id,
        fields: Object.keys(fields),
        ...(archiveChange ? { archived } : {}),
      },
    });
    return presentContactPerson(row);
  });
}
