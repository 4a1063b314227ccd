import { caseloadAgainstFte } from "../../../core/caseload/limit.ts";
import type { SupervisionAgenda } from "../../../core/contracts/supervision.ts";
import {
  employerContactsThisWeek,
  supervisionItemsFor,
  supervisionWeek,
} from "../../../core/supervision/agenda.ts";
import { addDays } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { deny } from "../access/deny.ts";
import { recordClientReads } from "../audit/record-client-reads.ts";
import { type CaseloadRow, caseloadRows } from "../clients/caseload-query.ts";
import { coachesOf } from "../job-development/team-coaches.ts";
import { jobDevelopmentEvents } from "../job-development/weekly-events.ts";
import { requireOutcomeScope } from "../outcomes/require-outcome-scope.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { jobsOfEpisodes, lastFaceToFaceEmployerContacts } from "./supervision-facts.ts";

/**
 * The agenda of one IPS team's weekly group supervision (fidelity O4, O5 b), for the team's lead:
 * per coach, the clients to talk about (core/supervision/agenda.ts) and the caseload and the
 * week's face-to-face employer contacts against the IPS expectations. The team must be visible to
 * the caller (aggregate gate: another organisation's team is not found); only its team lead may
 * open the agenda, which names clients (a coach, evaluator or admin of the organisation, or the
 * lead of another team, is forbidden). The clients named are audited as the team caseload is.
 */
export function getSupervisionAgenda(
  database: Database,
  actor: Actor,
  params: { organisationId: string; teamId: string },
  today: string,
): Promise<SupervisionAgenda> {
  return inTransaction(database, async (trx) => {
    await requireOutcomeScope(trx, actor, params.organisationId, { kind: "team", teamId: params.teamId });
    const leads = actor.memberships.some((m) => m.role === "team_lead" && m.teamId === params.teamId);
    if (!leads)
      throw deny("forbidden", { organisationId: params.organisationId, action: "supervision.agenda" });

    const team = await trx
      .selectFrom("team")
      .select("name")
      .where("id", "=", params.teamId)
      .executeTakeFirstOrThrow();
    const rows = await caseloadRows(trx, actor, { ipsTeamIds: [params.teamId] }, today);
    const searching = rows.filter((r) => r.phase === "career_profile" || r.phase === "job_search");
    const lastContacts = await lastFaceToFaceEmployerContacts(
      trx,
      actor,
      searching.map((r) => r.episodeId),
      today,
    );
    const jobs = await jobsOfEpisodes(
      trx,
      actor,
      rows.map((r) => r.episodeId),
      today,
    );
    const lines = (r: CaseloadRow) => ({
      clientId: r.clientId,
      name: r.name,
      items: supervisionItemsFor(
        {
          phase: r.phase,
          referralDate: r.referralDate,
          agreementDate: r.agreementDate,
          lastFaceToFaceEmployerContactOn: lastContacts.get(r.episodeId) ?? null,
          jobs: jobs.get(r.episodeId) ?? [],
        },
        today,
      ),
    });
    const week = supervisionWeek(today);
    const coaches = await coachesOf(trx, { teamIds: [params.teamId] });
    // A day early, so Monday's small hours in Finnish time are surely loaded; the rule cuts the week.
    const events = await jobDevelopmentEvents(
      trx,
      coaches.map((c) => c.userId),
      new Date(`${addDays(week.monday, -1)}T00:00:00Z`),
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fi");
    const discussed = (of: CaseloadRow[]) =>
      of
        .map(lines)
        .filter((c) => c.items.length > 0)
        .sort(byName);

    const agenda: SupervisionAgenda = {
      teamId: params.teamId,
      teamName: team.name,
      today,
      week,
      coaches: coaches.map((coach) => {
        const mine = rows.filter((r) => r.coachUserId === coach.userId);
        const activeCount = mine.filter((r) => r.active).length;
        const caseload = caseloadAgainstFte(activeCount, coach.fte);
        return {
          coachUserId: coach.userId,
          coachName: coach.name,
          fte: coach.fte,
          activeCount,
          caseloadLimit: caseload.limit,
          caseloadOver: caseload.over,
          employerContacts: employerContactsThisWeek(
            events.filter((e) => e.coachUserId === coach.userId),
            today,
            coach.fte,
          ),
          clients: discussed(mine),
        };
      }),
      unassigned: discussed(rows.filter((r) => !coaches.some((c) => c.userId === r.coachUserId))),
    };
    const named = [...agenda.coaches.flatMap((c) => c.clients), ...agenda.unassigned].map((c) => c.clientId);
    await recordClientReads(
      trx,
      actor.userId,
      "supervision.agenda_viewed",
      rows
        .filter((r) => named.includes(r.clientId))
        .map((r) => ({ id: r.clientId, organisationId: r.organisationId })),
      { teamId: params.teamId },
    );
    return agenda;
  });
}
