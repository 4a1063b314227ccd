import type { Executor } from "../platform/db/transaction.ts";
import type { MembershipRow, StaffRow } from "./present-staff-user.ts";

/** Active memberships, optionally of one organisation only, with organisation and team names. */
export function activeMemberships(db: Executor, userIds: string[], organisationId: string | null) {
  if (userIds.length === 0) return Promise.resolve([] as MembershipRow[]);
  let query = db
    .selectFrom("membership as m")
    .innerJoin("organisation as o", "o.id", "m.organisation_id")
    .leftJoin("team as t", "t.id", "m.team_id")
    .select([
      "m.id",
      "m.user_id",
      "m.organisation_id",
      "o.name as organisation_name",
      "m.team_id",
      "t.name as team_name",
      "m.role",
      "m.fte",
    ])
    .where("m.user_id", "in", userIds)
    .where("m.valid_to", "is", null)
    .orderBy("o.name")
    .orderBy("m.role");
  if (organisationId) query = query.where("m.organisation_id", "=", organisationId);
  return query.execute() as Promise<MembershipRow[]>;
}

/**
 * People who hold, or once held, a membership in the organisation: an admin sees their own
 * organisation's staff and nobody else.
 */
export function staffOf(db: Executor, organisationId: string) {
  return db
    .selectFrom("user as u")
    .select(["u.id", "u.name", "u.email", "u.locale", "u.deactivatedAt", "u.twoFactorEnabled", "u.createdAt"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("membership as m")
          .select("m.id")
          .whereRef("m.user_id", "=", "u.id")
          .where("m.organisation_id", "=", organisationId),
      ),
    );
}

export type { StaffRow };
