import { sql } from "kysely";
import { type CaseloadFlag, flagsFor } from "../../../core/caseload/flags.ts";
import { activePhases } from "../../../core/episodes/phase.ts";
import { daysBetween, helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { type EpisodeRow, episodesOf, phaseOf } from "../episodes/episode-query.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type CaseloadRow = {
  clientId: string;
  organisationId: string;
  name: string;
  coachUserId: string | null;
  ipsTeamId: string | null;
  phase: ReturnType<typeof phaseOf>;
  active: boolean;
  daysSinceLastContact: number | null;
  flags: CaseloadFlag[];
};

const contactTypes = [
  "client_meeting",
  "outreach_attempt",
  "network_meeting",
  "workplace_visit",
  "job_interview",
  "phone_call",
];

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
  const ids = clients.map((c) => c.id);
  const latest = new Map<string, EpisodeRow>();
  for (const row of await episodesOf(db, ids, today))
    if (!latest.has(row.client_id)) latest.set(row.client_id, row);
  const facts = await db
    .selectFrom("episode as e")
    .select((eb) => [
      "e.id",
      eb
        .selectFrom("activity as x")
        .select((sb) => sb.fn.max("x.occurred_at").as("m"))
        .whereRef("x.episode_id", "=", "e.id")
        .where("x.retracted_at", "is", null)
        .where("x.type", "in", contactTypes)
        .as("last_contact"),
      eb
        .selectFrom("activity as x")
        .select((sb) => sb.fn.min("x.occurred_at").as("m"))
        .whereRef("x.episode_id", "=", "e.id")
        .where("x.retracted_at", "is", null)
        .where("x.type", "in", ["employer_contact", "job_interview"])
        .where("x.mode", "=", "face_to_face")
        .as("first_employer_contact"),
      // Employer contacts logged in job development on the client's behalf count the same (V4).
      eb
        .selectFrom("employer_contact_client as l")
        .innerJoin("employer_contact as c", "c.id", "l.employer_contact_id")
        .select((sb) => sb.fn.min("c.occurred_at").as("m"))
        .whereRef("l.episode_id", "=", "e.id")
        .where("c.retracted_at", "is", null)
        .where("c.face_to_face", "=", true)
        .as("first_linked_employer_contact"),
      eb
        .selectFrom("activity as x")
        .select((sb) => sb.fn.max("x.occurred_at").as("m"))
        .whereRef("x.episode_id", "=", "e.id")
        .where("x.retracted_at", "is", null)
        .where((w) =>
          w.or([
            w(sql`'follow_along_client'`, "=", w.fn.any("x.purposes")),
            w(sql`'follow_along_employer'`, "=", w.fn.any("x.purposes")),
          ]),
        )
        .as("last_follow_along"),
      eb
        .selectFrom("job as j")
        .select((sb) => sb.fn.max("j.start_date").as("m"))
        .whereRef("j.episode_id", "=", "e.id")
        .where("j.start_date", "<=", today)
        .as("latest_job_start"),
    ])
    .where(
      "e.id",
      "in",
      [...latest.values()].map((e) => e.id),
    )
    .execute();
  const byEpisode = new Map(facts.map((f) => [f.id, f]));
  const day = (v: unknown) => (v ? helsinkiDate(new Date(v as string | Date)) : null);
  const earliest = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
  return clients.map((c) => {
    const episode = latest.get(c.id) as EpisodeRow;
    const f = byEpisode.get(episode.id);
    const phase = phaseOf(episode);
    const lastContactOn = day(f?.last_contact);
    return {
      clientId: c.id,
      organisationId: c.organisation_id,
      name: `${c.first_name} ${c.last_name}`,
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
          firstEmployerContactOn: earliest(
            day(f?.first_employer_contact),
            day(f?.first_linked_employer_contact),
          ),
          latestJobStartOn: (f?.latest_job_start as string | null) ?? null,
          lastFollowAlongOn: day(f?.last_follow_along),
        },
        today,
      ),
    };
  });
}
