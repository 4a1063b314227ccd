import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import type { Database } from "../platform/db/database.ts";
import { notFound } from "../platform/http/app-error.ts";

export type TeamMember = { userId: string; name: string; role: string };

/** Active members of a team, for choosing a coach when assigning a client. Names and roles only. */
export async function listTeamMembers(
  database: Database,
  actor: Actor,
  organisationId: string,
  teamId: string,
): Promise<TeamMember[]> {
  requireOrganisation(actor, "team.read", organisationId);
  const team = await database.db
    .selectFrom("team")
    .select("id")
    .where("id", "=", teamId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!team) throw notFound();
  const rows = await database.db
    .selectFrom("membership as m")
    .innerJoin("user as u", "u.id", "m.user_id")
    .select(["u.id", "u.name", "m.role"])
    .where("m.team_id", "=", teamId)
    .where("m.valid_to", "is", null)
    .where("u.deactivatedAt", "is", null)
    .orderBy("u.name")
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, role: r.role }));
}
