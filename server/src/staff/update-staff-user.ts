import type { z } from "zod";
import type { updateStaffUser as schema } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { endAllSessions } from "../auth/user-credentials.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import { loadStaffUser } from "./load-staff-user.ts";
import { setMemberships } from "./memberships.ts";
import type { StaffUserView } from "./present-staff-user.ts";

export type UpdateStaffUserInput = z.infer<typeof schema>;

/**
 * Renames, deactivates, reactivates or re-roles a staff member. Deactivation ends every session
 * of theirs in the same transaction, so they are signed out at once. Admins cannot lock
 * themselves out (deactivate themselves or drop their own admin role).
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
    if (input.name !== undefined && input.name !== before.name) {
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
    if (input.active !== undefined && input.active !== before.active) {
      await trx
        .updateTable("user")
        .set({ deactivatedAt: input.active ? null : new Date(), updatedAt: new Date() })
        .where("id", "=", userId)
        .execute();
      if (!input.active) await endAllSessions(trx, userId);
      await recordAuditEvent(trx, {
        eventType: input.active ? "user.reactivated" : "user.deactivated",
        actorUserId: actor.userId,
        organisationId,
        targetType: "user",
        targetId: userId,
      });
    }
    if (input.memberships) await setMemberships(trx, actor, organisationId, userId, input.memberships);
    return loadStaffUser(trx, actor, organisationId, userId);
  });
}
