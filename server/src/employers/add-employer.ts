import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";

/**
 * Inserts one employer into the organisation's register, inside the caller's transaction, with its
 * audit entry. A business ID is unique in the organisation: a second one is a conflict on that field.
 */
export async function addEmployer(
  trx: Executor,
  actor: Actor,
  organisationId: string,
  input: { name: string; businessId?: string | null | undefined },
) {
  requireOrganisation(actor, "employer.manage", organisationId);
  const businessId = input.businessId ?? null;
  if (businessId) {
    const taken = await trx
      .selectFrom("employer")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("business_id", "=", businessId)
      .executeTakeFirst();
    if (taken) throw conflict({ businessId: { key: "already_exists" } });
  }
  const row = await trx
    .insertInto("employer")
    .values({
      organisation_id: organisationId,
      name: input.name,
      business_id: businessId,
      created_by: actor.userId,
    })
    .returning(["id", "name", "business_id"])
    .executeTakeFirstOrThrow();
  await recordAuditEvent(trx, {
    eventType: "employer.created",
    actorUserId: actor.userId,
    organisationId,
    targetType: "employer",
    targetId: row.id,
  });
  return row;
}
