import { type CaseloadFlag, flagsFor } from "../../../core/caseload/flags.ts";
import { activePhases } from "../../../core/episodes/phase.ts";
import { daysBetween, helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { gatedIds } from "../access/gated-client.ts";
import { latestJobStartOn } from "../episodes/episode-facts.ts";
import { type EpisodeRow, episodesOf, phaseOf } from "../episodes/episode-query.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type CaseloadRow = {
  clientId: string;
  organisationId: string;
  name: string;
  /** The episode the row describes (the client's latest) and its referral and agreement dates. */
  episodeId: string;
  referralDate: string;
  agreementDate: string | null;
  coachUserId: string | null;
  ipsTeamId: string | null;
  phase: ReturnType<typeof phaseOf>;
  active: boolean;
  daysSinceLastContact: number | null;
  flags: CaseloadFlag[];
};

/**
 * Clients with an open assignment matching the filter, through the client gate, with their phase,
 * days since the last contact and the caseload reminders.
 */
export async function caseloadRows(
  db: Executor,
  actor: Actor,
  filter: { coachUserId: string } | { ipsTeamIds: string[] },
  today = helsinkiDate(),
): Promise<CaseloadRow[]> {
  let query = visibleClients(db, actor, today, "full")
    .innerJoin("episode as e", "e.client_id", "client.id")
    .innerJoin("episode_assignment as a", (j) =>
      j.onRef("a.episode_id", "=", "e.id").on("a.valid_to", "is", null),
    )
    .select(["client.id", "client.organisation_id", "client.first_name", "client.last_name"]);
  query =
    "coachUserId" in filter
      ? query.where("a.coach_user_id", "=", filter.coachUserId)
      : query.where("a.ips_team_id", "in", filter.ipsTeamIds.length ? filter.ipsTeamIds : [""]);
  const clients = await query.execute();
  if (clients.length === 0) return [];
  const ids = gatedIds(clients);
  const latest = new Map<string, EpisodeRow>();
  for (const row of await episodesOf(db, ids, today))
    if (!latest.has(row.client_id)) latest.set(row.client_id, row);
  // The facts come from the per-episode projection (ADR 0008); the V4 rule for the first
  // face-to-face employer contact (own activities and job-development contacts on the client's
  // behalf) lives in refresh_episode_facts (migration 0004).
  const facts = await db
    .selectFrom("episode_facts as f")
    .select([
      "f.episode_id as id",
      "f.last_contact_at as last_contact",
      "f.first_employer_contact_at as first_employer_contact",
      "f.last_follow_along_at as last_follow_along",
      latestJobStartOn("f", today).as("latest_job_start"),
    ])
    .where(
      "f.episode_id",
      "in",
      [...latest.values()].map((e) => e.id),
    )
    .execute();
  const byEpisode = new Map(facts.map((f) => [f.id, f]));
  const day = (v: unknown) => (v ? helsinkiDate(new Date(v as string | Date)) : null);
  return clients.map((c) => {
    const episode = latest.get(c.id) as EpisodeRow;
    const f = byEpisode.get(episode.id);
    const phase = phaseOf(episode);
    const lastContactOn = day(f?.last_contact);
    return {
      clientId: c.id,
      organisationId: c.organisation_id,
      name: `${c.first_name} ${c.last_name}`,
      episodeId: episode.id,
      referralDate: episode.referral_date,
      agreementDate: episode.agreement_date,
      coachUserId: episode.coach_user_id,
      ipsTeamId: episode.ips_team_id,
      phase,
      active: activePhases.includes(phase),
      daysSinceLastContact: lastContactOn ? daysBetween(lastContactOn, today) : null,
      flags: flagsFor(
        {
          phase,
          referralDate: episode.referral_date,
          agreementDate: episode.agreement_date,
          lastContactOn,
          firstEmployerContactOn: day(f?.first_employer_contact),
          latestJobStartOn: f?.latest_job_start ?? null,
          lastFollowAlongOn: day(f?.last_follow_along),
        },
        today,
      ),
    };
  });
}
