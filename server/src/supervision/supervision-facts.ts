import { sql } from "kysely";
import type { SupervisionJob } from "../../../core/supervision/agenda.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The facts the supervision agenda needs beyond the caseload row, for the given episodes of the
 * team's caseload. Both reads start from the caller's `visibleClients` and are keyed by episode
 * (job_episode_idx, activity_episode_idx, employer_contact_client_episode_idx), so they cost what
 * the team's caseload holds.
 */
export async function jobsOfEpisodes(
  db: Executor,
  actor: Actor,
  episodeIds: readonly string[],
  today: string,
): Promise<Map<string, SupervisionJob[]>> {
  const byEpisode = new Map<string, SupervisionJob[]>();
  if (episodeIds.length === 0) return byEpisode;
  const rows = await visibleClients(db, actor, today, "full")
    .innerJoin("episode as e", "e.client_id", "client.id")
    .innerJoin("job as j", "j.episode_id", "e.id")
    .select(["e.id as episode_id", "j.start_date", "j.end_date", "j.end_reason", "j.end_learned_on"])
    .where("e.id", "in", [...episodeIds])
    .orderBy("j.start_date")
    .execute();
  for (const r of rows) {
    const jobs = byEpisode.get(r.episode_id) ?? [];
    jobs.push({
      startDate: r.start_date,
      endDate: r.end_date,
      endReason: r.end_reason as SupervisionJob["endReason"],
      endLearnedOn: r.end_learned_on,
    });
    byEpisode.set(r.episode_id, jobs);
  }
  return byEpisode;
}

/**
 * The latest face-to-face employer contact on each episode's behalf (Finnish date), by the same
 * rule as the first one in episode_facts (migration 0004, fidelity V4): an activity of type
 * employer_contact or job_interview met face to face, or a face-to-face employer contact logged
 * in job development naming the client; retracted entries never count.
 */
export async function lastFaceToFaceEmployerContacts(
  db: Executor,
  actor: Actor,
  episodeIds: readonly string[],
  today: string,
): Promise<Map<string, string>> {
  if (episodeIds.length === 0) return new Map();
  const rows = await visibleClients(db, actor, today, "full")
    .innerJoin("episode as e", "e.client_id", "client.id")
    .select([
      "e.id as episode_id",
      sql<Date | string | null>`greatest(
        (select max(a.occurred_at) from activity a
          where a.episode_id = e.id and a.retracted_at is null and a.mode = 'face_to_face'
            and a.type in ('employer_contact', 'job_interview')),
        (select max(c.occurred_at) from employer_contact_client l
          join employer_contact c on c.id = l.employer_contact_id
          where l.episode_id = e.id and c.retracted_at is null and c.face_to_face))`.as("last_contact"),
    ])
    .where("e.id", "in", [...episodeIds])
    .execute();
  return new Map(
    rows
      .filter((r) => r.last_contact !== null)
      .map((r) => [r.episode_id, helsinkiDate(new Date(r.last_contact as string | Date))]),
  );
}
