import type { z } from "zod";
import type { updateOrganisation as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { type OrganisationView, presentOrganisation } from "./present-organisation.ts";

export type UpdateOrganisationInput = z.infer<typeof schema>;

/** An organisation admin changes the organisation's name, type or two-factor requirement. */
export async function updateOrganisation(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: UpdateOrganisationInput,
): Promise<OrganisationView> {
  requireOrganisation(actor, "organisation.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const row = await trx
      .updateTable("organisation")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.requireTwoFactor !== undefined ? { require_two_factor: input.requireTwoFactor } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", organisationId)
      .returning(["id", "name", "type", "require_two_factor", "created_at"])
      .executeTakeFirst();
    if (!row) throw notFound();
    await recordAuditEvent(trx, {
      eventType: "organisation.updated",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { changed: Object.keys(input) },
    });
    return presentOrganisation(actor, row);
  });
}
