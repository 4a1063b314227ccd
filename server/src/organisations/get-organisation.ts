import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { type OrganisationView, presentOrganisation } from "./present-organisation.ts";

/** One organisation the actor belongs to. */
export async function getOrganisation(
  database: Database,
  actor: Actor,
  organisationId: string,
): Promise<OrganisationView> {
  requireOrganisation(actor, "organisation.read", organisationId);
  return inTransaction(database, async (trx) => {
    const row = await trx
      .selectFrom("organisation")
      .select(["id", "name", "type", "require_two_factor", "created_at"])
      .where("id", "=", organisationId)
      .executeTakeFirst();
    if (!row) throw notFound();
    await recordAuditEvent(trx, {
      eventType: "organisation.viewed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
    });
    return presentOrganisation(actor, row);
  });
}
