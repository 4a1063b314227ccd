import { sql } from "kysely";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The coaches of a team's parts: everyone coaching in the team now, and anyone the period's
 * episodes are attributed to (a team lead with a caseload; a coach who has left since). The ids
 * are gathered first and the users read by key: an `exists … or id in …` read every user of
 * the nation (docs/performance.md).
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
    .where(
      "u.id",
      "=",
      sql<string>`any(array(
        select m.user_id from membership m
        where m.team_id = ${teamId} and m.role = 'coach' and m.valid_to is null
        union select unnest(${attributed}::text[])))`,
    )
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}
