import type { ExpressionBuilder } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Role } from "../../../core/access/roles.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { DB } from "../platform/db/schema.ts";
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

/** The user columns an actor is made of, and the same as the select list of a query joining `u`. */
const USER_COLUMNS = [
  "id",
  "name",
  "email",
  "locale",
  "platformAdmin",
  "twoFactorEnabled",
  "deactivatedAt",
] as const;
export const actorUserColumns = USER_COLUMNS.map((c) => `u.${c}` as const);

type ActorUserRow = {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  platformAdmin: boolean;
  twoFactorEnabled: boolean;
  deactivatedAt: Date | null;
  memberships: Array<{
    id: string;
    organisation_id: string;
    team_id: string | null;
    role: string;
    require_two_factor: boolean;
  }>;
};

/**
 * The active memberships of the user `u` of the enclosing query, as one JSON array column, so that
 * the user and their roles come back in the same statement (one round trip per request).
 */
export function activeMembershipsOf(eb: ExpressionBuilder<DB & { u: DB["user"] }, "u">) {
  return jsonArrayFrom(
    eb
      .selectFrom("membership as m")
      .innerJoin("organisation as o", "o.id", "m.organisation_id")
      .select(["m.id", "m.organisation_id", "m.team_id", "m.role", "o.require_two_factor"])
      .whereRef("m.user_id", "=", "u.id")
      .where("m.valid_to", "is", null)
      .orderBy("m.id"),
  ).as("memberships");
}

/** The actor of a user row read with `activeMembershipsOf`; null when the person is deactivated. */
export function actorFrom(user: ActorUserRow, sessionId: string): Actor | null {
  if (user.deactivatedAt) return null;
  const { memberships } = user;
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

/** Loads the actor for a resolved session in one statement; null when the user is gone or deactivated. */
export async function loadActor(db: Executor, userId: string, sessionId: string): Promise<Actor | null> {
  const user = await db
    .selectFrom("user as u")
    .select(actorUserColumns)
    .select((eb) => activeMembershipsOf(eb))
    .where("u.id", "=", userId)
    .executeTakeFirst();
  return user ? actorFrom(user, sessionId) : null;
}
