import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { presentStaffUser, type StaffUserView } from "./present-staff-user.ts";
import { activeMemberships, staffOf } from "./staff-query.ts";

/** One staff member of the organisation, or not_found when they have never belonged to it. */
export async function loadStaffUser(
  db: Executor,
  actor: Actor,
  organisationId: string,
  userId: string,
): Promise<StaffUserView> {
  const user = await staffOf(db, organisationId).where("u.id", "=", userId).executeTakeFirst();
  if (!user) throw notFound();
  const memberships = await activeMemberships(db, [userId], organisationId);
  return presentStaffUser(actor, organisationId, user, memberships);
}
