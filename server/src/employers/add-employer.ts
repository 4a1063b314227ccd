import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Executor } from "../platform/db/transaction.ts";
import {
  type EmployerFields,
  type EmployerRow,
  employerColumns,
  employerValues,
} from "./employer-columns.ts";
import { ensureBusinessIdFree } from "./ensure-business-id-free.ts";

/**
 * Inserts one employer into the organisation's register, inside the caller's transaction, with its
 * audit entry. A business ID is unique in the organisation: a second one is a conflict on that field.
 */
export async function addEmployer(
  trx: Executor,
  actor: Actor,
  organisationId: string,
  input: EmployerFields & { name: string },
): Promise<EmployerRow> {
  requireOrganisation(actor, "employer.manage", organisationId);
  const values = employerValues(input);
  await ensureBusinessIdFree(trx, organisationId, values.business_id);
  const row = await trx
    .insertInto("employer")
    .values({ ...values, name: input.name, organisation_id: organisationId, created_by: actor.userId })
    .returning(employerColumns)
    .executeTakeFirstOrThrow();
  await recordAuditEvent(trx, {
    eventType: "employer.created",
    actorUserId: actor.userId,
    organisationId,
    targetType: "employer",
    targetId: row.id,
    details: { fields: Object.keys(input).filter((k) => input[k as keyof typeof input] != null) },
  });
  return row;
}
