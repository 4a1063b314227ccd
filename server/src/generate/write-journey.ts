import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";
import { isoOf } from "./identifiers.ts";
import { loadRows } from "./load-rows.ts";
import type { PopulationPlan } from "./plan-population.ts";

const affected = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);

/**
 * Clients and their journeys as the app records them: episodes from referral to closure (with
 * re-referrals linked to the earlier episode), dated assignments (a reassignment ends the first),
 * work trials, jobs (with the trial they grew from), studies and consents.
 */
export async function writeJourneys(trx: Trx, plan: PopulationPlan): Promise<Record<string, number>> {
  const firstEpisode = new Map<number, (typeof plan.episodes)[number]>();
  for (const e of plan.episodes) if (!firstEpisode.has(e.client)) firstEpisode.set(e.client, e);
  const client = await loadRows(
    trx,
    "client",
    {
      id: "uuid",
      organisation_id: "uuid",
      first_name: "text",
      last_name: "text",
      henkilotunnus: "text",
      birth_date: "date",
      birth_year: "int",
      municipality: "text",
      preferred_language: "text",
      education_level: "text",
      diagnosis_group: "text",
      created_by: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    plan.clients.map((c, i) => {
      const first = firstEpisode.get(i);
      const at = `${isoOf(first?.ref ?? plan.start)}T09:00:00+02:00`;
      return {
        id: c.id,
        organisation_id: plan.organisations[c.org]?.id,
        first_name: c.firstName,
        last_name: c.lastName,
        henkilotunnus: c.henkilotunnus,
        birth_date: c.birthDate,
        birth_year: Number(c.birthDate.slice(0, 4)),
        municipality: c.municipality,
        preferred_language: c.language,
        education_level: c.education,
        diagnosis_group: c.diagnosis,
        created_by: plan.coaches[first?.coach ?? 0]?.id,
        created_at: at,
        updated_at: at,
      };
    }),
  );
  let episode = 0;
  for (const k of [0, 1]) {
    episode += affected(
      await sql`insert into episode (id, client_id, organisation_id, referral_date, referral_source, referral_decision,
        decision_date, decline_reason, situation_at_start, agreement_date, on_hold, on_hold_since, closure_date,
        closure_reason, previous_episode_id, created_at, updated_at)
      select id, client_id, org_id, ref, source, decision, decision_date, decline_reason, situation, agreement,
        on_hold_since is not null, on_hold_since, closure, closure_reason, prev_id, pg_temp.gen_at(ref, 9),
        pg_temp.gen_at(greatest(ref, decision_date, agreement, closure, on_hold_since), 15)
      from gen_episode where k = ${k} order by n`.execute(trx),
    );
  }
  // Each episode's assignments; the last one ends when a later episode of the client opens.
  const assignment = affected(
    await sql`insert into episode_assignment (id, episode_id, coach_user_id, ips_team_id, treatment_team_id, valid_from, valid_to, assigned_by)
    select pg_temp.gen_uuid('assignment', e.n::bigint * 2), e.id, e.coach_id, e.team_id, e.treatment_id, pg_temp.gen_at(e.ref, 9),
      case when e.coach2_id is not null then pg_temp.gen_at(e.change_on, 10) else pg_temp.gen_at(nxt.ref, 9) end, e.coach_id
    from gen_episode e left join gen_episode nxt on nxt.prev_id = e.id
    union all
    select pg_temp.gen_uuid('assignment', e.n::bigint * 2 + 1), e.id, e.coach2_id, e.team_id, e.treatment_id, pg_temp.gen_at(e.change_on, 10), pg_temp.gen_at(nxt.ref, 9), e.coach_id
    from gen_episode e left join gen_episode nxt on nxt.prev_id = e.id where e.coach2_id is not null`.execute(
      trx,
    ),
  );
  const workTrial = affected(
    await sql`insert into work_trial (id, episode_id, employer_id, tasks, start_date, end_date, hours_per_week, arranged_by, created_by, created_at)
    select trial_id, episode_id, trial_employer, trial_tasks, trial_start, trial_end, trial_hours, trial_arranged, coach_id,
      pg_temp.gen_at(trial_start, 13)
    from gen_job where trial_id is not null and trial_start is not null order by n`.execute(trx),
  );
  const job = affected(
    await sql`insert into job (id, episode_id, employer_id, title, occupation_code, occupation, start_date, end_date,
      hours_per_week, hourly_wage, contract_type, wage_subsidy, found_with_coach, end_reason, end_learned_on,
      work_trial_id, created_by, created_at, updated_at)
    select id, episode_id, employer_id, title, occupation_code, title, start_date, end_date, hours, wage, contract,
      subsidy, found_with_coach, end_reason,
      case when end_date is not null then least(end_date + (n % 4), ${plan.anchorIso}::date) end,
      from_trial, coach_id, pg_temp.gen_at(start_date, 12), pg_temp.gen_at(coalesce(end_date, start_date), 12)
    from gen_job where id is not null order by n`.execute(trx),
  );
  const study = affected(
    await sql`insert into study (id, episode_id, institution, programme, level, start_date, end_date, outcome, created_by, created_at)
    select pg_temp.gen_uuid('study', n), episode_id, study_institution, study_programme, study_level, study_start, study_end, study_outcome, coach_id,
      pg_temp.gen_at(study_start, 11)
    from gen_job where study_start is not null order by n`.execute(trx),
  );
  return { client, episode, episode_assignment: assignment, work_trial: workTrial, job, study };
}

/** Consents recorded at the agreement and at the career profile; a few withdrawn later. */
export async function writeConsents(trx: Trx, anchorIso: string): Promise<Record<string, number>> {
  const consent = affected(
    await sql`insert into consent (id, client_id, scope, target_team_id, given_on, method, recorded_by, recorded_at,
      withdrawn_on, withdrawal_recorded_by)
    select pg_temp.gen_uuid('consent:' || scope, n), client_id, scope, target, given, method, coach_id, pg_temp.gen_at(given, 10),
      withdrawn, case when withdrawn is not null then coach_id end
    from (
      select e.n, e.client_id, s.scope, case when s.scope = 'share_with_treatment_team' then e.treatment_id end as target,
        case when s.scope = 'contact_employers' then e.profile else e.agreement end as given,
        (array['written','written','electronic','oral'])[1 + floor(pg_temp.gen_u('consent-method:' || s.scope, e.n) * 4)::int] as method,
        e.coach_id,
        case when pg_temp.gen_u('consent-withdrawn:' || s.scope, e.n) < 0.04
          then least(${anchorIso}::date, e.agreement + 30 + floor(pg_temp.gen_u('consent-when', e.n) * 300)::int) end as withdrawn,
        pg_temp.gen_u('consent:' || s.scope, e.n) < s.share as given_consent
      from gen_episode e
      cross join (values ('share_with_treatment_team', 0.78), ('contact_employers', 0.88),
        ('pseudonymised_evaluation', 0.35), ('share_with_kela', 0.08)) s(scope, share)
      where e.agreement is not null
    ) c
    where given_consent and given is not null and (withdrawn is null or withdrawn >= given)
    order by client_id, scope`.execute(trx),
  );
  return { consent };
}
