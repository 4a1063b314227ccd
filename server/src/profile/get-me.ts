import type { z } from "zod";
import { permissionsOf } from "../../../core/access/roles.ts";
import type { me } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { rolesIn } from "../access/gate.ts";
import type { Database } from "../platform/db/database.ts";
import { presentMembership } from "../staff/present-staff-user.ts";
import { activeMemberships } from "../staff/staff-query.ts";

export type MeView = z.infer<typeof me>;

/** The signed-in person's own account, memberships and abilities (from the same policy the server enforces). */
export async function getMe(database: Database, actor: Actor): Promise<MeView> {
  const memberships = await activeMemberships(database.db, [actor.userId], null);
  const organisationIds = [...new Set(memberships.map((m) => m.organisation_id))];
  return {
    user: {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      locale: actor.locale,
      twoFactorEnabled: actor.twoFactorEnabled,
      platformAdmin: actor.platformAdmin,
    },
    twoFactorRequired: actor.twoFactorRequired,
    memberships: memberships.map(presentMembership),
    abilities: organisationIds.map((organisationId) => ({
      organisationId,
      permissions: actor.twoFactorRequired ? [] : permissionsOf(rolesIn(actor, organisationId)),
    })),
  };
}
