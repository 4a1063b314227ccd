import { sql } from "kysely";
import type { ActivityMode } from "../../../core/contracts/activities.ts";
import type { Phase } from "../../../core/episodes/phase.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { EmployerNextStepFacts, EpisodeTodoFacts } from "../../../core/todo/items.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClientsAssignedTo } from "../access/client-gate.ts";
import { gatedIds } from "../access/gated-client.ts";
import { phaseOn } from "../episodes/episode-facts.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { employerNextSteps } from "./employer-next-steps.ts";

export type CaseloadClient = { id: string; organisationId: string; name: string };
export type TodoFacts = {
  clients: CaseloadClient[];
  episodes: EpisodeTodoFacts[];
  employerNextSteps: EmployerNextStepFacts[];
};

const day = (v: unknown) => (v ? helsinkiDate(new Date(v as string | Date)) : null);

/**
 * What the to-do rules read for the actor's own caseload on `today`: the episodes of the open
 * assignments naming the actor as coach (through the client gate, read from the coach's side),
 * their jobs, plans and latest contacts from the facts projection, and the actor's employer
 * contacts with a next step. Every query is keyed by the caseload's episodes or the coach, so the
 * cost follows the caseload, not the database.
 */
export async function loadTodoFacts(db: Executor, actor: Actor, today: string): Promise<TodoFacts> {
  const rows = await visibleClientsAssignedTo(db, actor, actor.userId, today)
    .innerJoin("episode as e", "e.client_id", "client.id")
    .innerJoin("episode_assignment as a", (j) =>
      j.onRef("a.episode_id", "=", "e.id").on("a.valid_to", "is", null),
    )
    .innerJoin("episode_facts as f", "f.episode_id", "e.id")
    .select([
      "client.id",
      "client.organisation_id",
      "client.first_name",
      "client.last_name",
      "e.id as episode_id",
      "e.referral_date",
      "e.agreement_date",
      phaseOn("f", today).as("phase"),
      "f.last_contact_at",
      sql<number>`cardinality(f.job_starts)`.as("job_count"),
    ])
    .where("a.coach_user_id", "=", actor.userId)
    .execute();
  const episodeIds = rows.map((r) => r.episode_id);
  const clientIds = gatedIds(rows);
  const none = episodeIds.length === 0;
  // Only episodes the facts projection says have jobs: a short list the planner looks up by index.
  const withJobs = rows.filter((r) => Number(r.job_count) > 0).map((r) => r.episode_id);
  const jobs =
    withJobs.length === 0
      ? []
      : await db
          .selectFrom("job")
          .select(["id", "episode_id", "title", "start_date", "end_date", "end_learned_on"])
          .where("episode_id", "in", withJobs)
          .orderBy("start_date")
          .execute();
  // The latest version of each plan kind the rules read (unique (episode_id, kind, version)).
  const documents = none
    ? []
    : await db
        .selectFrom("episode_document")
        .distinctOn(["episode_id", "kind"])
        .select([
          "episode_id",
          "kind",
          "created_at",
          sql<{
            steps?: EpisodeTodoFacts["planSteps"];
            doneOn?: string;
          } | null>`case when kind <> 'career_profile' then content end`.as("content"),
        ])
        .where("episode_id", "in", episodeIds)
        .where("kind", "in", ["job_search_plan", "career_profile", "benefits_planning"])
        .orderBy("episode_id")
        .orderBy("kind")
        .orderBy("version", "desc")
        .execute();
  const met = await followAlongContactsOf(db, withJobs);
  const contacts = await employerNextSteps(db, actor);
  const links =
    contacts.length && clientIds.length
      ? await db
          .selectFrom("employer_contact_client")
          .select(["employer_contact_id", "client_id"])
          .where(
            "employer_contact_id",
            "in",
            contacts.map((c) => c.id),
          )
          .where("client_id", "in", clientIds)
          .orderBy("client_id")
          .execute()
      : [];
  return {
    clients: rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      name: `${r.first_name} ${r.last_name}`,
    })),
    episodes: rows.map((r) => {
      const docs = documents.filter((d) => d.episode_id === r.episode_id);
      const plan = docs.find((d) => d.kind === "job_search_plan");
      const profile = docs.find((d) => d.kind === "career_profile");
      const benefits = docs.find((d) => d.kind === "benefits_planning");
      const lastContact = day(r.last_contact_at);
      return {
        clientId: r.id,
        episodeId: r.episode_id,
        phase: r.phase as Phase,
        referralDate: r.referral_date,
        agreementDate: r.agreement_date,
        jobs: jobs
          .filter((j) => j.episode_id === r.episode_id)
          .map((j) => ({
            id: j.id,
            title: j.title,
            startDate: j.start_date,
            endDate: j.end_date,
            endLearnedOn: j.end_learned_on,
          })),
        followAlongContacts: met
          .filter((m) => m.episode_id === r.episode_id)
          .map((m) => ({
            on: day(m.last_at) as string,
            mode: m.mode as ActivityMode,
            withClient: m.with_client,
            followAlong: m.follow_along,
          })),
        // The no-contact rule asks only for the latest contact (core/todo/items.ts), so the
        // projection's latest date is all it needs.
        contactOn: lastContact ? [lastContact] : [],
        careerProfileOn: day(profile?.created_at),
        benefitsPlanOn: benefits?.content?.doneOn ?? null,
        planSteps: plan?.content?.steps ?? [],
      };
    }),
    employerNextSteps: contacts.map((c) => ({
      contactId: c.id,
      organisationId: c.organisation_id,
      employerId: c.employer_id,
      employerName: c.employer_name,
      nextStep: c.next_step,
      nextStepOn: c.next_step_on as string,
      contactedAgain: Boolean(c.contacted_again),
      clientId: links.find((l) => l.employer_contact_id === c.id)?.client_id ?? null,
    })),
  };
}

/**
 * The latest contact of each (mode, client present, follow-along purpose) combination in the
 * episodes with jobs: core's V12 rule (`metInPerson`) decides which of them count, so a phone
 * call labelled follow-along is read but never clears a face-to-face visit. Documentation is not
 * a contact. A handful of rows per episode, by activity_episode_idx.
 */
function followAlongContactsOf(db: Executor, episodeIds: string[]) {
  if (episodeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("activity")
    .select([
      "episode_id",
      "mode",
      sql<boolean>`'client' = any (participants)`.as("with_client"),
      sql<boolean>`purposes && array['follow_along_client', 'follow_along_employer']`.as("follow_along"),
      sql<Date>`max(occurred_at)`.as("last_at"),
    ])
    .where("episode_id", "in", episodeIds)
    .where("retracted_at", "is", null)
    .where("type", "<>", "documentation")
    .groupBy(["episode_id", "mode", "with_client", "follow_along"])
    .orderBy("episode_id")
    .execute();
}
