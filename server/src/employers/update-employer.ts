import type { z } from "zod";
import type { updateEmployer as schema } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { employerColumns, employerValues, findEmployer } from "./employer-columns.ts";
import { ensureBusinessIdFree } from "./ensure-business-id-free.ts";
import { loadContactPersons } from "./load-contact-persons.ts";
import { type EmployerDetail, presentEmployerDetail } from "./present-employer.ts";

export type UpdateEmployerInput = z.infer<typeof schema>;

/**
 * Changes the fields given, archives or restores the employer. A changed business ID is checked for
 * duplicates again. Audited as `employer.updated` (field names only) and, for the archive state,
 * `employer.archived` with `{ archived }`.
 */
export function updateEmployer(
  database: Database,
  actor: Actor,
  organisationId: string,
  employerId: string,
  input: UpdateEmployerInput,
): Promise<EmployerDetail> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const current = await findEmployer(trx, organisationId, employerId, { forUpdate: true });
    const { archived, ...fields } = input;
    const values = employerValues(fields);
    if (values.business_id && values.business_id !== current.business_id) {
      await ensureBusinessIdFree(trx, organisationId, values.business_id, current.id);
    }
    const archiveChange = archived !== undefined && archived !== (current.archived_at !== null);
    const row = await trx
      .updateTable("employer")
      .set({
        ...values,
        ...(archiveChange ? { archived_at: archived ? new Date() : null } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", current.id)
      .returning(employerColumns)
      .executeTakeFirstOrThrow();
    const audit = { actorUserId: actor.userId, organisationId, targetType: "employer", targetId: row.id };
    const changed = Object.keys(fields);
    if (changed.length > 0) {
      await recordAuditEvent(trx, { ...audit, eventType: "employer.updated", details: { fields: changed } });
    }
    if (archiveChange) {
      await recordAuditEvent(trx, { ...audit, eventType: "employer.archived", details: { archived } });
    }
    return presentEmployerDetail(row, await loadContactPersons(trx, row.id), true);
  });
}
