import type { Actor } from "../access/actor.ts";
import { can, requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { findEmployer } from "./employer-columns.ts";
import { loadContactPersons } from "./load-contact-persons.ts";
import { type EmployerDetail, presentEmployerDetail } from "./present-employer.ts";

/** One employer with its contact persons; audited, because contact persons are personal data. */
export function viewEmployer(
  database: Database,
  actor: Actor,
  organisationId: string,
  employerId: string,
): Promise<EmployerDetail> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const row = await findEmployer(trx, organisationId, employerId);
    const persons = await loadContactPersons(trx, row.id);
    await recordAuditEvent(trx, {
      eventType: "employer.viewed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "employer",
      targetId: row.id,
      details: { contactPersonIds: persons.map((p) => p.id) },
    });
    return presentEmployerDetail(row, persons, can(actor, "employer.manage", organisationId));
  });
}
