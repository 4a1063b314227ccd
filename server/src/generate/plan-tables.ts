import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";
import { isoOf, uuidFor } from "./identifiers.ts";
import { loadRows } from "./load-rows.ts";
import type { EpisodeRow, PopulationPlan } from "./plan-population.ts";
import { randomFor } from "./random.ts";
import { industries, studies, trialTasks } from "./vocabulary.ts";

/**
 * The session's helpers for the set-wise steps: `gen_u(tag, n)` is a number in [0, 1) and
 * `gen_uuid(tag, n)` a version-4-shaped id, both fixed by the seed, a tag and a row number
 * (PostgreSQL's portable hash functions and md5 give the same values on PostgreSQL 15 and
 * PGlite). They live in pg_temp and are dropped with the temp tables at the end.
 */
export async function createGeneratorFunctions(trx: Trx, seed: number): Promise<void> {
  const s = sql.lit(seed);
  await sql`create function pg_temp.gen_u(text, bigint) returns double precision language sql immutable
    as $$ select ((hashint8extended($2, ${s}::bigint * 1000003 + hashtext($1)) >> 1) & 2147483647)::float8 / 2147483648.0 $$`.execute(
    trx,
  );
  await sql`create function pg_temp.gen_uuid(text, bigint) returns uuid language sql immutable
    as $$ select overlay(overlay(md5(${sql.lit(`${seed}:`)} || $1 || ':' || $2) placing '4' from 13) placing '8' from 17)::uuid $$`.execute(
    trx,
  );
  // A timestamp on a Finnish calendar day at a given hour (fractional hours are minutes).
  await sql`create function pg_temp.gen_at(date, double precision) returns timestamptz language sql immutable
    as $$ select ($1::timestamp + make_interval(secs => $2 * 3600)) at time zone 'Europe/Helsinki' $$`.execute(
    trx,
  );
}

export async function dropGeneratorFunctions(trx: Trx): Promise<void> {
  await sql`drop function pg_temp.gen_u(text, bigint), pg_temp.gen_uuid(text, bigint), pg_temp.gen_at(date, double precision)`.execute(
    trx,
  );
  await sql`drop table gen_coach, gen_employer, gen_episode, gen_job`.execute(trx);
}

const d = (day: number | null | undefined) => (day === null || day === undefined ? null : isoOf(day));

/** Loads the plan into temp tables the set-wise steps read (gen_coach, gen_employer, gen_episode, gen_job). */
export async function loadPlanTables(trx: Trx, plan: PopulationPlan, seed: number): Promise<void> {
  const orgId = (i: number) => plan.organisations[i]?.id;
  await sql`create temp table gen_coach (n int, id text, org_id uuid, team_id uuid, fte numeric) on commit drop`.execute(
    trx,
  );
  await sql`create temp table gen_employer (n int, org_id uuid, id uuid, k int, per_org int) on commit drop`.execute(
    trx,
  );
  await sql`create temp table gen_episode (n int, id uuid, client_id uuid, org_id uuid, team_id uuid, treatment_id uuid,
    coach_id text, coach2_id text, change_on date, ref date, decision text, decision_date date, agreement date,
    profile date, closure date, closure_reason text, on_hold_since date, service_end date, first_job date, job_end date,
    job_employer uuid, trial_start date, prev_id uuid, situation text, source text,
    decline_reason text, k int) on commit drop`.execute(trx);
  await sql`create temp table gen_job (n int, id uuid, episode_id uuid, client_id uuid, org_id uuid, coach_id text,
    employer_id uuid, title text, occupation_code text, start_date date, end_date date, end_reason text,
    hours numeric, wage numeric, contract text, subsidy boolean, found_with_coach boolean, from_trial uuid, trial_id uuid,
    trial_start date, trial_end date, trial_hours numeric, trial_arranged text, trial_tasks text, trial_employer uuid,
    study_start date, study_end date, study_outcome text, study_institution text, study_programme text, study_level text) on commit drop`.execute(
    trx,
  );
  await loadRows(
    trx,
    "gen_coach",
    { n: "int", id: "text", org_id: "uuid", team_id: "uuid", fte: "numeric" },
    plan.coaches.map((c, n) => ({
      n,
      id: c.id,
      org_id: orgId(c.org),
      team_id: plan.teams[c.team]?.id,
      fte: c.fte,
    })),
  );
  const perOrg = new Map<number, number>();
  await loadRows(
    trx,
    "gen_employer",
    { n: "int", org_id: "uuid", id: "uuid", k: "int", per_org: "int" },
    plan.employers.map((e, n) => {
      const k = perOrg.get(e.org) ?? 0;
      perOrg.set(e.org, k + 1);
      return { n, org_id: orgId(e.org), id: e.id, k };
    }),
  );
  await sql`update gen_employer g set per_org = c.total
    from (select org_id, count(*)::int as total from gen_employer group by org_id) c where c.org_id = g.org_id`.execute(
    trx,
  );
  const coachId = (i: number | null) => (i === null ? null : plan.coaches[i]?.id);
  await loadRows(
    trx,
    "gen_episode",
    {
      n: "int",
      id: "uuid",
      client_id: "uuid",
      org_id: "uuid",
      team_id: "uuid",
      treatment_id: "uuid",
      coach_id: "text",
      coach2_id: "text",
      change_on: "date",
      ref: "date",
      decision: "text",
      decision_date: "date",
      agreement: "date",
      profile: "date",
      closure: "date",
      closure_reason: "text",
      on_hold_since: "date",
      service_end: "date",
      first_job: "date",
      job_end: "date",
      job_employer: "uuid",
      trial_start: "date",
      prev_id: "uuid",
      situation: "text",
      source: "text",
      decline_reason: "text",
      k: "int",
    },
    plan.episodes.map((e, n) => {
      const client = plan.clients[e.client];
      const team = plan.teams[e.team];
      const firstJob = e.jobs[0];
      return {
        n,
        id: e.id,
        client_id: client?.id,
        org_id: orgId(client?.org ?? 0),
        team_id: team?.id,
        treatment_id: team?.treatmentId,
        coach_id: coachId(e.coach),
        coach2_id: coachId(e.coach2),
        change_on: d(e.changeDay),
        ref: d(e.ref),
        decision: e.decision,
        decision_date: d(e.decisionDate),
        agreement: d(e.agreement),
        profile: d(e.profile),
        closure: d(e.closure),
        closure_reason: e.closureReason,
        on_hold_since: d(e.onHoldSince),
        service_end: d(e.decision === "declined" ? e.decisionDate : (e.closure ?? plan.anchor)),
        first_job: d(firstJob?.start),
        job_end: d(firstJob?.end),
        job_employer: firstJob ? plan.employers[e.jobEmployers[0] as number]?.id : null,
        trial_start: d(e.trial?.start),
        prev_id: e.prevId,
        situation: e.situation,
        source: e.source,
        decline_reason: e.declineReason,
        k: e.prevId === null ? 0 : 1,
      };
    }),
  );
  await loadRows(
    trx,
    "gen_job",
    jobColumns,
    plan.episodes.flatMap((e, n) => jobRows(plan, e, n, seed)),
  );
}

const jobColumns = {
  n: "int",
  id: "uuid",
  episode_id: "uuid",
  client_id: "uuid",
  org_id: "uuid",
  coach_id: "text",
  employer_id: "uuid",
  title: "text",
  occupation_code: "text",
  start_date: "date",
  end_date: "date",
  end_reason: "text",
  hours: "numeric",
  wage: "numeric",
  contract: "text",
  subsidy: "boolean",
  found_with_coach: "boolean",
  from_trial: "uuid",
  trial_id: "uuid",
  trial_start: "date",
  trial_end: "date",
  trial_hours: "numeric",
  trial_arranged: "text",
  trial_tasks: "text",
  trial_employer: "uuid",
  study_start: "date",
  study_end: "date",
  study_outcome: "text",
  study_institution: "text",
  study_programme: "text",
  study_level: "text",
};

/**
 * One gen_job row per job; a work trial or study without a job rides on a row of its own with no
 * job id, so the three tables fan out from one list.
 */
function jobRows(plan: PopulationPlan, e: EpisodeRow, n: number, seed: number): Record<string, unknown>[] {
  const client = plan.clients[e.client];
  const coachOn = (day: number) =>
    plan.coaches[e.coach2 !== null && e.changeDay !== null && day >= e.changeDay ? e.coach2 : e.coach]?.id;
  const random = randomFor(seed, `jobs:${e.id}`);
  const trialId = e.trial ? uuidFor(seed, `trial:${e.id}`) : null;
  const common = {
    episode_id: e.id,
    client_id: client?.id,
    org_id: plan.organisations[client?.org ?? 0]?.id,
  };
  const rows: Record<string, unknown>[] = e.jobs.map((j, k) => {
    const employer = plan.employers[e.jobEmployers[k] as number];
    const industry = industries.find((x) => x.section === employer?.industry) ?? industries[0];
    const [title, code] = random.pick(industry?.jobs ?? [["Työntekijä", "9629"]]);
    return {
      ...common,
      n: n * 8 + k,
      id: uuidFor(seed, `job:${e.id}:${k}`),
      coach_id: coachOn(j.start),
      employer_id: employer?.id,
      title,
      occupation_code: code,
      start_date: d(j.start),
      end_date: d(j.end),
      end_reason: j.endReason,
      hours: j.hours,
      wage: j.wage,
      contract: j.contract,
      subsidy: j.subsidy,
      found_with_coach: j.foundWithCoach,
      from_trial: j.fromTrial ? trialId : null,
    };
  });
  if (rows.length === 0 && (e.trial || e.study))
    rows.push({ ...common, n: n * 8 + 7, id: null, coach_id: coachOn(e.ref) });
  const first = rows[0];
  if (first && e.trial) {
    Object.assign(first, {
      trial_id: trialId,
      trial_start: d(e.trial.start),
      trial_end: d(e.trial.end),
      trial_hours: e.trial.hours,
      trial_arranged: e.trial.arrangedBy,
      trial_tasks: random.pick(trialTasks),
      trial_employer: plan.employers[e.trialEmployer as number]?.id,
    });
  }
  if (first && e.study) {
    const [institution, programme, level] = studies[e.study.index % studies.length] as readonly [
      string,
      string,
      string,
    ];
    Object.assign(first, {
      study_start: d(e.study.start),
      study_end: d(e.study.end),
      study_outcome: e.study.outcome,
      study_institution: `${institution}, ${client?.municipality ?? ""}`,
      study_programme: programme,
      study_level: level,
    });
  }
  return rows;
}
