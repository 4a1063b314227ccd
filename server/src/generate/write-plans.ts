import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";

/**
 * The versioned plans of each episode, with every field of their zod contracts (core/contracts/
 * plans.ts) as the app stores them: the career profile at the profile date and again after the
 * first job start (it is updated after every job), the job search plan, a disclosure plan for
 * most, and benefits planning before a job start.
 */
export async function writePlans(trx: Trx, anchorIso: string): Promise<Record<string, number>> {
  const anchor = sql`${anchorIso}::date`;
  const pick = (list: string[], tag: string) =>
    sql.raw(
      `(array[${list.map((x) => `'${x}'`).join(",")}])[1 + floor(pg_temp.gen_u('${tag}', e.n) * ${list.length})::int]`,
    );
  const careerProfile = (version: number) => sql`jsonb_build_object(
    'workHistory', ${pick(["Varastotöitä ja kaupan kassalla.", "Kesätöitä kunnalla.", "Ei aiempaa työhistoriaa.", "Siivous- ja kiinteistöhuollon töitä.", "Ravintola-alan töitä useita vuosia."], "cp-history")},
    'education', ${pick(["Peruskoulu.", "Ammatillinen perustutkinto.", "Ylioppilas.", "Keskeytyneet AMK-opinnot."], "cp-education")},
    'interests', ${pick(["Ulkotyöt ja liikunta.", "Ihmisten kanssa toimiminen.", "Tietokoneet ja pelit.", "Ruoanlaitto.", "Autot ja logistiikka."], "cp-interests")},
    'strengths', ${pick(["Täsmällinen ja luotettava.", "Hyvä asiakaspalvelija.", "Käytännön taitava.", "Oma-aloitteinen."], "cp-strengths")},
    'preferredOccupations', jsonb_build_array(jsonb_build_object('title', ${pick(["Varastotyöntekijä", "Myyjä", "Kokki", "Siivooja", "Kiinteistönhoitaja", "Asiakaspalvelija"], "cp-occupation")}, 'occupationCode', null)),
    'preferredHoursPerWeek', ${pick(["15", "20", "25", "30", "37.5"], "cp-hours")}::numeric,
    'preferredPlaces', '[]'::jsonb,
    'healthConsiderations', ${pick(["Aamut ovat vaikeita; mieluummin iltapäivätyötä.", "Meluisat tilat kuormittavat.", "Ei erityistä huomioitavaa."], "cp-health")},
    'supportsNeeded', 'Säännöllinen yhteydenpito valmentajaan.',
    'notes', ${version === 1 ? sql`null` : sql`'Päivitetty työn alettua.'`})`;
  const profiles =
    await sql`insert into episode_document (id, episode_id, kind, version, content, created_by, created_at)
    select pg_temp.gen_uuid('document:' || kind || ':' || version, n), episode_id, kind, version, content, created_by, created_at
    from (
    select e.n, e.id as episode_id, 'career_profile' as kind, 1 as version, ${careerProfile(1)} as content, e.coach_id as created_by, pg_temp.gen_at(e.profile, 14) as created_at
    from gen_episode e where e.profile is not null
    union all
    select e.n, e.id, 'career_profile', 2, ${careerProfile(2)}, e.coach_id, pg_temp.gen_at(e.first_job + 10, 14)
    from gen_episode e where e.profile is not null and e.first_job + 10 <= ${anchor}
      and e.first_job + 10 <= e.service_end and e.first_job > e.profile
    union all
    select e.n, e.id, 'job_search_plan', 1, jsonb_build_object(
      'targetOccupations', jsonb_build_array(jsonb_build_object('title', ${pick(["Varastotyöntekijä", "Myyjä", "Kokki", "Siivooja", "Asiakaspalvelija"], "jsp-occupation")}, 'occupationCode', null)),
      'targetIndustries', '[]'::jsonb, 'targetEmployers', '[]'::jsonb,
      'hoursPerWeekMin', 10, 'hoursPerWeekMax', 30, 'municipalities', '[]'::jsonb,
      'steps', jsonb_build_array(
        jsonb_build_object('text', 'Päivitetään CV yhdessä.', 'owner', 'coach', 'due', to_char(e.profile + 14, 'YYYY-MM-DD')),
        jsonb_build_object('text', 'Käydään tutustumassa kahteen työpaikkaan.', 'owner', 'client', 'due', null))),
      e.coach_id, pg_temp.gen_at(e.profile + 7, 14)
    from gen_episode e where e.profile is not null and e.profile + 7 <= least(${anchor}, e.service_end)
    union all
    select e.n, e.id, 'disclosure_plan', 1, jsonb_build_object(
      'discussedOn', to_char(e.profile + 14, 'YYYY-MM-DD'),
      'entries', jsonb_build_array(jsonb_build_object('employerId', null, 'employerName', 'Kaikki työnantajat',
        'decision', ${pick(["none", "partial", "full"], "disclosure")}, 'whatMayBeSaid', null, 'accommodations', null)),
      'notes', null),
      e.coach_id, pg_temp.gen_at(e.profile + 14, 14)
    from gen_episode e where e.profile is not null and e.profile + 14 <= least(${anchor}, e.service_end)
      and pg_temp.gen_u('disclosure-plan', e.n) < 0.6
    union all
    select e.n, e.id, 'benefits_planning', 1, jsonb_build_object(
      'doneOn', to_char(e.first_job - 7, 'YYYY-MM-DD'), 'byTrainedPlanner', pg_temp.gen_u('planner', e.n) < 0.4,
      'plannerName', null,
      'benefitsInPlace', jsonb_build_array(${pick(["rehabilitation_subsidy_kela", "unemployment_benefit", "partial_disability_pension", "housing_allowance"], "benefit")}),
      'checklistDone', '["list_benefits_and_payers", "work_out_earnings_limits", "new_tax_card"]'::jsonb,
      'notes', null),
      e.coach_id, pg_temp.gen_at(e.first_job - 7, 14)
    from gen_episode e where e.first_job is not null and e.first_job - 7 >= coalesce(e.agreement, e.ref)
      and pg_temp.gen_u('benefits', e.n) < 0.7
    ) d order by n, kind, version`.execute(trx);
  return { episode_document: Number(profiles.numAffectedRows ?? 0) };
}
