import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import { addDays } from "../../../core/time/dates.ts";
import type { JobTable, StudyTable } from "../platform/db/tables/clients.ts";
import type { Executor } from "../platform/db/transaction.ts";
import type { CastMember } from "./demo-cast.ts";
import { helsinkiInstant } from "./demo-days.ts";
import type { DemoTeam } from "./demo-moments.ts";
import { type DemoKey, demoPeople } from "./demo-people.ts";

/** Facts a moment's own client needs beyond the episode: the job that just ended, the job, the study. */
type Extra = (
  ids: CastMember,
  by: string,
  day: (offset: number) => string,
  employerOf: (key: string) => string,
) => {
  job?: Insertable<JobTable>;
  study?: Insertable<StudyTable>;
};

const extras: Partial<Record<DemoKey, Extra>> = {
  job_ended: (ids, by, day, employerOf) => ({
    job: {
      episode_id: ids.episode,
      employer_id: employerOf("warehouse"),
      title: "Varastotyöntekijä",
      start_date: day(-212),
      end_date: day(-4),
      hours_per_week: 30,
      hourly_wage: 13.2,
      contract_type: "fixed_term",
      found_with_coach: true,
      end_reason: "fixed_term_ended",
      end_learned_on: day(-3),
      created_by: by,
    },
  }),
  working: (ids, by, day, employerOf) => ({
    job: {
      episode_id: ids.episode,
      employer_id: employerOf("shop"),
      title: "Myyjä",
      start_date: day(-58),
      hours_per_week: 20,
      hourly_wage: 12.9,
      contract_type: "open_ended",
      found_with_coach: true,
      created_by: by,
    },
  }),
  studying: (ids, by, day) => ({
    study: {
      episode_id: ids.episode,
      institution: "Tampereen seudun ammattiopisto",
      programme: "Logistiikan perustutkinto",
      level: "vocational",
      start_date: day(-98),
      created_by: by,
    },
  }),
};

/**
 * Adds the demo coach's own client for each moment the generated caseload has nobody to play:
 * the client, the episode in the moment's phase, the assignment, the career profile and the job
 * or study the phase rests on, written into the tables the app writes.
 */
export async function addDemoClients(
  trx: Executor,
  team: DemoTeam,
  today: string,
  keys: readonly DemoKey[],
  employerOf: (key: string) => string,
): Promise<Map<DemoKey, CastMember>> {
  const day = (offset: number) => addDays(today, offset);
  const by = team.coachUserId;
  const people = demoPeople.filter((p) => keys.includes(p.key));
  const added = new Map<DemoKey, CastMember>(
    people.map((p) => [p.key, { client: randomUUID(), episode: randomUUID() }]),
  );
  if (people.length === 0) return added;
  const of = (key: DemoKey) => added.get(key) as CastMember;
  await trx
    .insertInto("client")
    .values(
      people.map((p) => ({
        id: of(p.key).client,
        organisation_id: team.organisationId,
        first_name: p.firstName,
        last_name: p.lastName,
        henkilotunnus: p.henkilotunnus,
        birth_date: p.birthDate,
        birth_year: Number(p.birthDate.slice(0, 4)),
        municipality: p.municipality,
        created_by: by,
      })),
    )
    .execute();
  await trx
    .insertInto("episode")
    .values(
      people.map((p) => ({
        id: of(p.key).episode,
        client_id: of(p.key).client,
        organisation_id: team.organisationId,
        referral_date: day(-p.referredDaysAgo),
        referral_source: p.source,
        referral_decision: p.key === "referred" ? "pending" : "accepted",
        decision_date: p.key === "referred" ? null : day(-p.referredDaysAgo + 3),
        situation_at_start: p.situationAtStart,
        agreement_date: p.agreedDaysAgo === null ? null : day(-p.agreedDaysAgo),
        on_hold: p.onHoldDaysAgo !== null,
        on_hold_since: p.onHoldDaysAgo === null ? null : day(-p.onHoldDaysAgo),
      })),
    )
    .execute();
  await trx
    .insertInto("episode_assignment")
    .values(
      people.map((p) => ({
        episode_id: of(p.key).episode,
        coach_user_id: by,
        ips_team_id: team.ipsTeamId,
        treatment_team_id: team.treatmentTeamId,
        valid_from: helsinkiInstant(day(-p.referredDaysAgo), "08:00"),
        assigned_by: by,
      })),
    )
    .execute();
  const profiled = people.filter((p) => p.careerProfile);
  if (profiled.length > 0)
    await trx
      .insertInto("episode_document")
      .values(
        profiled.map((p) => ({
          episode_id: of(p.key).episode,
          kind: "career_profile",
          version: 1,
          content: JSON.stringify(p.careerProfile),
          created_by: by,
        })),
      )
      .execute();
  const facts = people.map((p) => extras[p.key]?.(of(p.key), by, day, employerOf) ?? {});
  const jobs = facts.flatMap((f) => (f.job ? [f.job] : []));
  const studies = facts.flatMap((f) => (f.study ? [f.study] : []));
  if (jobs.length > 0) await trx.insertInto("job").values(jobs).execute();
  if (studies.length > 0) await trx.insertInto("study").values(studies).execute();
  return added;
}
