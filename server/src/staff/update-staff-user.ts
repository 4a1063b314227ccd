import type { z } from "zod";
import type { updateStaffUser as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, invalid } from "../platform/http/app-error.ts";
import { loadStaffUser } from "./load-staff-user.ts";
import { setMemberships } from "./memberships.ts";
import {
  deactivateInOrganisation,
  membershipsElsewhere,
  reactivateInOrganisation,
} from "./organisation-deactivation.ts";
import type { StaffUserView } from "./present-staff-user.ts";

export type UpdateStaffUserInput = z.infer<typeof schema>;

/**
 * Renames, deactivates, reactivates or re-roles a staff member, within the admin's organisation
 * only: deactivation ends the person's memberships here (and their account with every session
 * only when this was their last workplace, see organisation-deactivation.ts). A person who also
 * works in another organisation is renamed by themselves or a platform admin, not by one of their
 * employers. Admins cannot lock themselves out (deactivate themselves or drop their own admin role).
 */
export async function updateStaffUser(
  database: Database,
  actor: Actor,
  organisationId: string,
  userId: string,
  input: UpdateStaffUserInput,
): Promise<StaffUserView> {
  requireOrganisation(actor, "user.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const before = await loadStaffUser(trx, actor, organisationId, userId);
    if (userId === actor.userId) {
      if (input.active === false) throw invalid({ active: { key: "invalid_option" } });
      // Nobody changes their own roles: an admin could otherwise make themselves a coach of a
      // team and open its client records. Another admin does it, and it is audited.
      if (input.memberships) throw invalid({ memberships: { key: "invalid_option" } });
    }
    if (input.active === false && input.memberships)
      throw invalid({ memberships: { key: "invalid_option" } });
    if (input.name !== undefined && input.name !== before.name) {
      if ((await membershipsElsewhere(trx, organisationId, userId)) > 0) {
        throw conflict({ name: { key: "person_in_other_organisation" } });
      }
      await trx
        .updateTable("user")
        .set({ name: input.name, updatedAt: new Date() })
        .where("id", "=", userId)
        .execute();
      await recordAuditEvent(trx, {
        eventType: "user.updated",
        actorUserId: actor.userId,
        organisationId,
        targetType: "user",
        targetId: userId,
        details: { changed: ["name"] },
      });
    }
    if (input.active === false && before.active) {
      await deactivateInOrganisation(trx, actor, organisationId, userId);
    } else if (input.active === true && !before.active) {
      await reactivateInOrganisation(trx, actor, organisationId, userId, input.memberships);
    } else if (input.memberships) {
      await setMemberships(trx, actor, organisationId, userId, input.memberships);
    }
    return loadStaffUser(trx, actor, organisationId, userId);
  });
}
