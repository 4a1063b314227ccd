import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { presentStaffUser, type StaffUserView } from "./present-staff-user.ts";
import { activeMemberships, staffOf } from "./staff-query.ts";

/** The organisation's staff with their memberships there; active people first. */
export async function listStaff(
  database: Database,
  actor: Actor,
  organisationId: string,
): Promise<StaffUserView[]> {
  requireOrganisation(actor, "user.read", organisationId);
  return inTransaction(database, async (trx) => {
    const users = await staffOf(trx, organisationId).orderBy("u.name").execute();
    const memberships = await activeMemberships(
      trx,
      users.map((u) => u.id),
      organisationId,
    );
    await recordAuditEvent(trx, {
      eventType: "user.listed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { count: users.length },
    });
    return users
      .map((u) =>
        presentStaffUser(
          actor,
          organisationId,
          u,
          memberships.filter((m) => m.user_id === u.id),
        ),
      )
      .sort((a, b) => Number(b.active) - Number(a.active));
  });
}
