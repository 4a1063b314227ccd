import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";

/**
 * Job development (fidelity V4–V7): employer contacts on behalf of each job seeker from soon after
 * the agreement until the job starts (the last one is the hire), follow-along contacts with the
 * employer while the client works, and each coach's own weekly rounds of employers in proportion
 * to FTE — together about six face-to-face contacts a week per full-time coach (outcomes.md §6).
 * Openings found become job leads; each job found through job development is a hired lead.
 */
export async function writeEmployerContacts(trx: Trx, anchorIso: string): Promise<Record<string, number>> {
  const anchor = sql`${anchorIso}::date`;
  const orgEmployers = sql`(select org_id, count(*)::int as total from gen_employer group by org_id)`;
  const forClients = await sql<{ contacts: number; links: number }>`with src as (
      select c.*, coalesce(c.job, g.id) as employer_id,
        case when c.job is null and c.kind = 'search' then pg_temp.gen_u('ec-f2f', c.key) < 0.8
          else pg_temp.gen_u('ec-f2f', c.key) < 0.6 end as f2f
      from (
        select e.id as episode_id, e.client_id, e.org_id, e.n, 'search' as kind, e.n::bigint * 100 + j as key, d.day,
          case when e.coach2_id is not null and d.day >= e.change_on then e.coach2_id else e.coach_id end as coach,
          case when e.first_job is not null and j = t.total - 1 and e.first_job <= ${anchor} then e.job_employer end as job,
          case when e.first_job is not null and j = t.total - 1 then 'hire' end as hire
        from gen_episode e
        cross join lateral (select e.agreement + 5 + floor(pg_temp.gen_u('ec-first', e.n) * 55)::int as first,
          least(${anchor} - 1, coalesce(e.first_job - 3, e.service_end)) as last) w
        cross join lateral (select least(40, greatest(0, (w.last - w.first) / 14 + 1)) as total) t
        cross join generate_series(0, t.total - 1) j
        cross join lateral (select least(w.last, w.first + j * 14 + floor(pg_temp.gen_u('ec-day', e.n::bigint * 100 + j) * 5)::int) as day) d
        where e.agreement is not null
        union all
        select e.id, e.client_id, e.org_id, e.n, 'follow', e.n::bigint * 100 + 50 + j, e.first_job + 7 + j * 30,
          case when e.coach2_id is not null and e.first_job + 7 + j * 30 >= e.change_on then e.coach2_id else e.coach_id end,
          e.job_employer, null
        from gen_episode e
        cross join generate_series(0, least(40, (least(${anchor} - 1, e.service_end, coalesce(e.job_end, ${anchor})) - e.first_job - 7) / 30)) j
        where e.first_job is not null and e.first_job + 7 < least(${anchor}, e.service_end)
      ) c
      join ${orgEmployers} oc on oc.org_id = c.org_id
      join gen_employer g on g.org_id = c.org_id and g.k = floor(pg_temp.gen_u('ec-employer', c.key) * oc.total)::int
    ), contacts as (
      insert into employer_contact (id, organisation_id, employer_id, coach_user_id, occurred_at, face_to_face, purposes,
        outcome, quality_level, created_at)
      select pg_temp.gen_uuid('ec', key), org_id, employer_id, coach, pg_temp.gen_at(day, 9 + floor(pg_temp.gen_u('ec-hour', key) * 7)),
        f2f or hire is not null,
        case when kind = 'follow' then array['follow_along_employer']
          when hire is not null then array['negotiate_job']
          when pg_temp.gen_u('ec-purpose', key) < 0.3 then array['learn_needs', 'present_job_seeker']
          else array['present_job_seeker'] end,
        case when hire is not null then 'hire' when kind = 'follow' then 'nothing_yet'
          when pg_temp.gen_u('ec-outcome', key) < 0.12 then 'opening_found'
          when pg_temp.gen_u('ec-outcome', key) < 0.25 then 'interview_agreed' else 'nothing_yet' end,
        3 + floor(pg_temp.gen_u('ec-quality', key) * 3)::int, pg_temp.gen_at(day, 17)
      from src order by key
      returning 1
    ), links as (
      insert into employer_contact_client (employer_contact_id, client_id, episode_id)
      select pg_temp.gen_uuid('ec', key), client_id, episode_id from src order by key
      returning 1
    )
    select (select count(*) from contacts)::int as contacts, (select count(*) from links)::int as links`.execute(
    trx,
  );
  // Each coach's own rounds: about three face-to-face visits a week per FTE plus a call.
  const weeks = sql`(${anchor} - (select min(ref) from gen_episode)) / 7`;
  const rounds =
    await sql`insert into employer_contact (id, organisation_id, employer_id, contact_person_id, coach_user_id,
      occurred_at, face_to_face, purposes, outcome, quality_level, next_step, created_at)
    select pg_temp.gen_uuid('ecg', key), c.org_id, g.id, p.id, c.id, pg_temp.gen_at(day, 9 + floor(pg_temp.gen_u('ecg-hour', key) * 7)),
      c.slot > 0, case when pg_temp.gen_u('ecg-purpose', key) < 0.7 then array['learn_needs'] else array['learn_needs', 'other'] end,
      case when pg_temp.gen_u('ecg-outcome', key) < 0.12 then 'opening_found' else 'nothing_yet' end,
      2 + floor(pg_temp.gen_u('ecg-quality', key) * 4)::int,
      case when pg_temp.gen_u('ecg-next', key) < 0.3 then 'Soitetaan uudelleen kuukauden päästä.' end, pg_temp.gen_at(day, 17)
    from (
      select c.*, w, slot, c.n::bigint * 100000 + w * 10 + slot as key,
        ${anchor} - 7 * (w + 1) + floor(pg_temp.gen_u('ecg-day', c.n::bigint * 100000 + w * 10 + slot) * 5)::int as day
      from gen_coach c
      cross join generate_series(0, ${weeks} - 1) w
      cross join generate_series(0, round(c.fte * 2.6)::int) slot
      offset 0
    ) c
    join ${orgEmployers} oc on oc.org_id = c.org_id
    join gen_employer g on g.org_id = c.org_id and g.k = floor(pg_temp.gen_u('ecg-employer', c.key) * oc.total)::int
    left join employer_contact_person p on p.employer_id = g.id
    order by key`.execute(trx);
  const row = forClients.rows[0];
  return {
    employer_contact: (row?.contacts ?? 0) + Number(rounds.numAffectedRows ?? 0),
    employer_contact_client: row?.links ?? 0,
  };
}

/**
 * Job leads: every opening found on a coach's round (open while recent, closed later) and every
 * job found through job development, as a lead hired with its candidate and the stage events.
 */
export async function writeJobLeads(trx: Trx, anchorIso: string): Promise<Record<string, number>> {
  const anchor = sql`${anchorIso}::date`;
  const openings =
    await sql`insert into job_lead (id, organisation_id, employer_id, title, hours_per_week, municipality,
      advertised, status, found_by, source_contact_id, created_at, updated_at, closed_at)
    select pg_temp.gen_uuid('lead', row_number() over (order by c.id)), c.organisation_id, c.employer_id,
      (array['Myyjä', 'Varastotyöntekijä', 'Siivooja', 'Keittiöapulainen', 'Asiakaspalvelija'])[1 + (abs(hashtext(c.id::text)) % 5)],
      20, e.municipality, abs(hashtext(c.id::text)) % 3 = 0,
      case when c.occurred_at < ${anchor} - 90 then 'closed' else 'open' end, c.coach_user_id, c.id, c.occurred_at,
      c.occurred_at, case when c.occurred_at < ${anchor} - 90 then c.occurred_at + interval '60 days' end
    from employer_contact c join employer e on e.id = c.employer_id
    where c.outcome = 'opening_found' and c.organisation_id in (select distinct org_id from gen_employer)
      and not exists (select 1 from employer_contact_client l where l.employer_contact_id = c.id)`.execute(
      trx,
    );
  const hired = await sql<{ leads: number; candidates: number; events: number }>`with src as (
      select c.id as contact_id, c.organisation_id, c.employer_id, c.coach_user_id, c.occurred_at, j.id as job_id, j.title,
        j.occupation_code, j.hours, l.client_id, e.n, pg_temp.gen_uuid('lead-hired', e.n) as lead_id
      from gen_episode e
      join employer_contact_client l on l.episode_id = e.id
      join employer_contact c on c.id = l.employer_contact_id and c.outcome = 'hire'
      join gen_job j on j.episode_id = e.id and j.start_date = e.first_job and j.id is not null and j.found_with_coach
    ), leads as (
      insert into job_lead (id, organisation_id, employer_id, title, occupation_code, hours_per_week, advertised, status,
        found_by, source_contact_id, created_at, updated_at, closed_at)
      select lead_id, organisation_id, employer_id, title, occupation_code, hours, false, 'hired', coach_user_id, contact_id,
        occurred_at - interval '10 days', occurred_at, occurred_at
      from src order by lead_id
      returning 1
    ), candidates as (
      insert into job_lead_candidate (job_lead_id, client_id, stage, stage_changed_at, changed_by, job_id)
      select lead_id, client_id, 'hired', occurred_at, coach_user_id, job_id from src order by lead_id
      returning 1
    ), events as (
      insert into job_lead_event (id, job_lead_id, client_id, stage, occurred_at, by_user_id)
      select pg_temp.gen_uuid('lead-event:' || s.stage, n), lead_id, client_id, s.stage, occurred_at - make_interval(days => s.before), coach_user_id
      from src cross join (values ('matched', 10), ('presented', 7), ('interview', 3), ('hired', 0)) s(stage, before)
      order by lead_id, s.before desc
      returning 1
    )
    select (select count(*) from leads)::int as leads, (select count(*) from candidates)::int as candidates,
      (select count(*) from events)::int as events`.execute(trx);
  const row = hired.rows[0];
  return {
    job_lead: Number(openings.numAffectedRows ?? 0) + (row?.leads ?? 0),
    job_lead_candidate: row?.candidates ?? 0,
    job_lead_event: row?.events ?? 0,
  };
}
