import type { Role } from "../../../core/access/roles.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type ActorMembership = {
  id: string;
  organisationId: string;
  teamId: string | null;
  role: Role;
};

/** The signed-in person a request acts for, with their active memberships. */
export type Actor = {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  locale: Locale;
  platformAdmin: boolean;
  twoFactorEnabled: boolean;
  /** An organisation of theirs requires two-factor and they have not enrolled yet. */
  twoFactorRequired: boolean;
  memberships: ActorMembership[];
};

/** Loads the actor for a resolved session; null when the user is gone or deactivated. */
export async function loadActor(db: Executor, userId: string, sessionId: string): Promise<Actor | null> {
  const user = await db
    .selectFrom("user")
    .select(["id", "name", "email", "locale", "platformAdmin", "twoFactorEnabled", "deactivatedAt"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user || user.deactivatedAt) return null;
  const memberships = await db
    .selectFrom("membership as m")
    .innerJoin("organisation as o", "o.id", "m.organisation_id")
    .select(["m.id", "m.organisation_id", "m.team_id", "m.role", "o.require_two_factor"])
    .where("m.user_id", "=", userId)
    .where("m.valid_to", "is", null)
    .execute();
  return {
    userId: user.id,
    sessionId,
    name: user.name,
    email: user.email,
    locale: user.locale,
    platformAdmin: user.platformAdmin,
    twoFactorEnabled: user.twoFactorEnabled,
    twoFactorRequired: !user.twoFactorEnabled && memberships.some((m) => m.require_two_factor),
    memberships: memberships.map((m) => ({
      id: m.id,
      organisationId: m.organisation_id,
      teamId: m.team_id,
      role: m.role as Role,
    })),
  };
}
