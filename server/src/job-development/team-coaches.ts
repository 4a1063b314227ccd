import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type TeamCoach = { userId: string; name: string; fte: number | null };

/** The teams the actor leads (active team_lead memberships), optionally in one organisation. */
export function ledTeamIds(actor: Actor, organisationId?: string): string[] {
  return actor.memberships
    .filter((m) => m.role === "team_lead" && m.teamId !== null)
    .filter((m) => organisationId === undefined || m.organisationId === organisationId)
    .map((m) => m.teamId as string);
}

/**
 * The coaches with an active coach membership in any of the teams, or the given people. FTE is
 * the sum of their active coach memberships' FTEs, null when none is recorded (the target then
 * assumes full time).
 */
export async function coachesOf(
  db: Executor,
  who: { teamIds: readonly string[] } | { userIds: readonly string[] },
): Promise<TeamCoach[]> {
  const ids = "teamIds" in who ? who.teamIds : who.userIds;
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("membership as m")
    .innerJoin("user as u", "u.id", "m.user_id")
    .select(["u.id", "u.name", "m.fte"])
    .where("m.role", "=", "coach")
    .where("m.valid_to", "is", null)
    .where("u.deactivatedAt", "is", null)
    .where("teamIds" in who ? "m.team_id" : "m.user_id", "in", [...ids])
    .orderBy("u.name")
    .execute();
  const byUser = new Map<string, TeamCoach>();
  for (const row of rows) {
    const coach = byUser.get(row.id) ?? { userId: row.id, name: row.name, fte: null };
    if (row.fte !== null) coach.fte = (coach.fte ?? 0) + Number(row.fte);
    byUser.set(row.id, coach);
  }
  return [...byUser.values()];
}
