import type { z } from "zod";
import { CASELOAD_LIMIT } from "../../../core/caseload/flags.ts";
import type { caseload, teamCaseloads } from "../../../core/contracts/caseload.ts";
import type { Actor } from "../access/actor.ts";
import { recordClientReads } from "../audit/record-client-reads.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type CaseloadRow, caseloadRows } from "./caseload-query.ts";

export type CaseloadView = z.infer<typeof caseload>;
export type TeamCaseloadsView = z.infer<typeof teamCaseloads>;

const asRead = (r: CaseloadRow) => ({ id: r.clientId, organisationId: r.organisationId });

const entry = (r: CaseloadRow) => ({
  clientId: r.clientId,
  name: r.name,
  phase: r.phase,
  daysSinceLastContact: r.daysSinceLastContact,
  flags: r.flags,
});

function summarise(
  coach: { id: string; name: string; fte: number | null },
  rows: CaseloadRow[],
): CaseloadView {
  return {
    coachUserId: coach.id,
    coachName: coach.name,
    fte: coach.fte,
    activeCount: rows.filter((r) => r.active).length,
    limit: CASELOAD_LIMIT,
    clients: rows
      .map(entry)
      .sort((a, b) => b.flags.length - a.flags.length || a.name.localeCompare(b.name, "fi")),
  };
}

/** The signed-in coach's own caseload with its reminders (the coach's home page). */
export async function listMyCaseload(database: Database, actor: Actor, today: string): Promise<CaseloadView> {
  return inTransaction(database, async (trx) => {
    const rows = await caseloadRows(trx, actor, { coachUserId: actor.userId }, today);
    const fte = actor.memberships.length
      ? await trx
          .selectFrom("membership")
          .select("fte")
          .where("user_id", "=", actor.userId)
          .where("role", "=", "coach")
          .where("valid_to", "is", null)
          .executeTakeFirst()
      : undefined;
    await recordClientReads(trx, actor.userId, "caseload.viewed", rows.map(asRead), {});
    return summarise({ id: actor.userId, name: actor.name, fte: fte?.fte ? Number(fte.fte) : null }, rows);
  });
}

/** The caseloads of the teams the caller leads, coach by coach, side by side. */
export async function listTeamCaseloads(
  database: Database,
  actor: Actor,
  today: string,
): Promise<TeamCaseloadsView[]> {
  const ledTeams = actor.memberships
    .filter((m) => m.role === "team_lead" && m.teamId)
    .map((m) => m.teamId as string);
  if (ledTeams.length === 0) return [];
  return inTransaction(database, async (trx) => {
    const rows = await caseloadRows(trx, actor, { ipsTeamIds: ledTeams }, today);
    const teams = await trx
      .selectFrom("team")
      .select(["id", "name"])
      .where("id", "in", ledTeams)
      .orderBy("name")
      .execute();
    const coaches = await trx
      .selectFrom("membership as m")
      .innerJoin("user as u", "u.id", "m.user_id")
      .select(["m.team_id", "u.id", "u.name", "m.fte"])
      .where("m.team_id", "in", ledTeams)
      .where("m.role", "=", "coach")
      .where("m.valid_to", "is", null)
      .where("u.deactivatedAt", "is", null)
      .orderBy("u.name")
      .execute();
    await recordClientReads(trx, actor.userId, "caseload.viewed", rows.map(asRead), { teamIds: ledTeams });
    return teams.map((team) => {
      const inTeam = rows.filter((r) => r.ipsTeamId === team.id);
      const teamCoaches = coaches.filter((c) => c.team_id === team.id);
      return {
        teamId: team.id,
        teamName: team.name,
        caseloads: teamCoaches.map((c) =>
          summarise(
            { id: c.id, name: c.name, fte: c.fte ? Number(c.fte) : null },
            inTeam.filter((r) => r.coachUserId === c.id),
          ),
        ),
        unassigned: inTeam.filter((r) => !teamCoaches.some((c) => c.id === r.coachUserId)).map(entry),
      };
    });
  });
}
