import type { Executor } from "../platform/db/transaction.ts";

/**
 * The coaches of a team's parts: everyone coaching in the team now, and anyone the period's
 * episodes are attributed to (a team lead with a caseload; a coach who has left since).
 */
export async function teamCoaches(
  db: Executor,
  teamId: string,
  attributedUserIds: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  const attributed = [...new Set(attributedUserIds)];
  return db
    .selectFrom("user as u")
    .select(["u.id", "u.name"])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("membership as m")
            .select("m.id")
            .whereRef("m.user_id", "=", "u.id")
            .where("m.team_id", "=", teamId)
            .where("m.role", "=", "coach")
            .where("m.valid_to", "is", null),
        ),
        ...(attributed.length > 0 ? [eb("u.id", "in", attributed)] : []),
      ]),
    )
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}
