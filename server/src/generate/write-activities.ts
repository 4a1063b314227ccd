import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";

const affected = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);
/** Activities per episode-week of service: weekly contact in most weeks (fidelity S2/V11). */
export const ACTIVITIES_PER_WEEK = 0.75;

/**
 * The coach's documented work, fanned out set-wise from each episode's course: outreach and first
 * meetings before the agreement, job search work after it (with employer contacts and interviews),
 * follow-along at the workplace once working, outreach attempts before a "lost contact" closure.
 * Each activity's author is the coach assigned on its day. The `offset 0` fences keep PostgreSQL
 * from inlining each level's columns into the next, which would recompute the hashes behind
 * every reference to a column (and grow the expression the planner and JIT must handle).
 */
export async function writeActivities(trx: Trx, anchorIso: string): Promise<number> {
  const anchor = sql`${anchorIso}::date`;
  const result =
    await sql`insert into activity (id, organisation_id, client_id, episode_id, author_user_id, occurred_at,
      duration_minutes, type, mode, place, participants, purposes, employer_id, notes, shared_with_treatment_team,
      updated_at, retracted_at, retracted_by, retraction_reason)
    select id, org_id, client_id, episode_id, author, at, duration, type, mode, place,
      case when type = 'documentation' then '{}'::text[]
        when type in ('workplace_visit', 'employer_contact', 'job_interview') then array['client', 'employer']
        when type in ('network_meeting', 'treatment_team_meeting') then array['client', 'treatment_team']
        when u_extra < 0.05 then array['client', 'family'] else array['client'] end,
      case when type = 'outreach_attempt' then array['outreach']
        when type = 'treatment_team_meeting' then array['team_meeting']
        when type = 'network_meeting' then array['network_meeting']
        when stage = 'working' and type = 'employer_contact' then array['follow_along_employer']
        when stage = 'working' then array['follow_along_client']
        when stage = 'engagement' then array['career_profile']
        when u_extra < 0.08 then array['job_search_support', 'benefits_counselling']
        when u_extra < 0.12 then array['job_search_support', 'disclosure_discussion']
        when profile is null or day < profile + 30 then array['career_profile', 'job_search_support']
        else array['job_search_support'] end,
      case when stage = 'working' and type in ('workplace_visit', 'employer_contact') then job_employer end,
      case when u_extra < 0.3 then (array['Käytiin läpi viikon tilanne.', 'Sovittiin seuraavat askeleet.',
        'Asiakas kertoi jaksavansa hyvin.', 'Päivitettiin hakemuksia.'])[1 + floor(u_extra * 13)::int] end,
      u_extra > 0.8, at, retracted, case when retracted is not null then author end,
      case when retracted is not null then 'Kirjattu väärälle asiakkaalle.' end
    from (
      select x.*,
        case when type in ('phone_call') then 'phone'
          when type = 'documentation' then 'message'
          when type = 'outreach_attempt' then (array['phone', 'message', 'face_to_face'])[1 + floor(u_mode * 3)::int]
          when u_mode < 0.08 then 'video' else 'face_to_face' end as mode,
        case when type in ('phone_call', 'outreach_attempt') and u_mode < 0.67 then 'remote'
          when type = 'documentation' then 'office'
          when type in ('workplace_visit', 'job_interview') then 'workplace'
          when type = 'treatment_team_meeting' then 'clinic'
          when u_mode < 0.08 then 'remote'
          else (array['community', 'community', 'office', 'client_home', 'clinic'])[1 + floor(u_place * 5)::int] end as place,
        case when type in ('phone_call', 'outreach_attempt') then 10 + 5 * floor(u_place * 4)::int
          when type = 'documentation' then 15 else 30 + 15 * floor(u_place * 5)::int end as duration,
        case when u_extra > 0.998 then at + interval '1 day' end as retracted
      from (
        select y.*,
          case when stage = 'lost' then 'outreach_attempt'
            when stage = 'engagement' then
              case when u_type < 0.3 then 'outreach_attempt' when u_type < 0.75 then 'client_meeting'
                when u_type < 0.95 then 'phone_call' else 'network_meeting' end
            when stage = 'working' then
              case when u_type < 0.25 then 'workplace_visit' when u_type < 0.55 then 'client_meeting'
                when u_type < 0.8 then 'phone_call' when u_type < 0.9 then 'employer_contact' else 'documentation' end
            else
              case when u_type < 0.4 then 'client_meeting' when u_type < 0.55 then 'phone_call'
                when u_type < 0.65 then 'employer_contact' when u_type < 0.7 then 'job_interview'
                when u_type < 0.78 then 'network_meeting' when u_type < 0.85 then 'treatment_team_meeting'
                when u_type < 0.95 then 'documentation' else 'other' end
          end as type,
          pg_temp.gen_at(day, 8 + floor(u_mode * 8) + 0.25 * floor(u_place * 4)) as at
        from (
          select e.org_id, e.client_id, e.id as episode_id, e.profile, e.job_employer, g.day, g.key,
            ids.id,
            case when e.coach2_id is not null and g.day >= e.change_on then e.coach2_id else e.coach_id end as author,
            case when e.closure_reason = 'lost_contact' and g.j >= g.total - 4 then 'lost'
              when e.agreement is null or g.day < e.agreement then 'engagement'
              when e.first_job is not null and g.day >= e.first_job and (e.job_end is null or g.day <= e.job_end) then 'working'
              else 'search' end as stage,
            pg_temp.gen_u('a-type', g.key) as u_type, pg_temp.gen_u('a-mode', g.key) as u_mode,
            pg_temp.gen_u('a-place', g.key) as u_place, pg_temp.gen_u('a-extra', g.key) as u_extra
          from gen_episode e
          cross join lateral (
            select j, total, e.n::bigint * 1000 + j as key,
              least(${anchor} - 1, e.ref + floor((j + pg_temp.gen_u('a-day', e.n::bigint * 1000 + j)) * greatest(1, e.service_end - e.ref) / total)::int) as day
            from (select case when e.decision = 'declined' then 1
                else least(400, greatest(2, floor((e.service_end - e.ref) / 7.0 * ${sql.lit(ACTIVITIES_PER_WEEK)})::int)) end as total) t
            cross join generate_series(0, t.total - 1) j
          ) g
          cross join lateral (select pg_temp.gen_uuid('a', g.key) as id) ids
          where g.day >= e.ref
          offset 0
        ) y
        offset 0
      ) x
      offset 0
    ) z`.execute(trx);
  return affected(result);
}

/**
 * Appointments around the anchor day for every open episode: held ones in the past three weeks
 * (each documented by its activity, as "record held appointment" does; a few cancelled) and
 * scheduled ones in the next two weeks, owned by the coach assigned now, on working days.
 */
export async function writeAppointments(trx: Trx, anchorIso: string): Promise<Record<string, number>> {
  const anchor = sql`${anchorIso}::date`;
  const result = await sql<{ appointments: number; held: number }>`with src as (
      select pg_temp.gen_uuid('ap', e.n::bigint * 10 + w) as id, e.n::bigint * 10 + w as key, e.id as episode_id,
        e.org_id, e.client_id, coalesce(e.coach2_id, e.coach_id) as owner, e.first_job, e.job_end,
        pg_temp.gen_at(d.day, 9 + floor(pg_temp.gen_u('ap-hour', e.n::bigint * 10 + w) * 6)) as starts,
        (array['community', 'office', 'workplace', 'client_home', 'remote'])[1 + floor(pg_temp.gen_u('ap-place', e.n::bigint * 10 + w) * 5)::int] as place,
        case when off > 0 then 'scheduled' when pg_temp.gen_u('ap-cancel', e.n::bigint * 10 + w) < 0.1 then 'cancelled' else 'held' end as status
      from gen_episode e
      cross join lateral (values
        (1, -7 - floor(pg_temp.gen_u('ap-off1', e.n) * 3)::int),
        (2, -14 - floor(pg_temp.gen_u('ap-off2', e.n) * 3)::int),
        (3, -21 - floor(pg_temp.gen_u('ap-off3', e.n) * 3)::int),
        (4, 1 + floor(pg_temp.gen_u('ap-off4', e.n) * 6)::int),
        (5, 7 + floor(pg_temp.gen_u('ap-off5', e.n) * 7)::int)) s(w, off)
      -- Coaches meet clients on working days: a Saturday moves to Friday, a Sunday to Monday.
      cross join lateral (select ${anchor} + off
        + case extract(isodow from ${anchor} + off) when 6 then -1 when 7 then 1 else 0 end as day) d
      where e.decision = 'accepted' and e.closure is null and e.on_hold_since is null
        and ${anchor} + off > coalesce(e.agreement, e.decision_date)
    ), appointments as (
      insert into appointment (id, organisation_id, owner_user_id, client_id, starts_at, ends_at, place, purpose, status,
        cancel_reason, created_by, created_at, updated_at)
      select id, org_id, owner, client_id, starts, starts + interval '1 hour', place,
        (array['Työnhaun suunnittelu', 'Uraprofiilin päivitys', 'Työpaikkakäynti', 'Etuusneuvonta',
          'Työhaastatteluun valmistautuminen', 'Tuki työssä'])[1 + floor(pg_temp.gen_u('ap-purpose', key) * 6)::int],
        status, case when status = 'cancelled' then 'Asiakas sairastui.' end, owner, starts - interval '7 days', starts
      from src order by key
      returning 1
    ), held as (
      insert into activity (id, organisation_id, client_id, episode_id, author_user_id, occurred_at, duration_minutes,
        type, mode, place, participants, purposes, appointment_id, updated_at)
      select pg_temp.gen_uuid('ap-activity', key), org_id, client_id, episode_id, owner, starts, 60,
        case when place = 'workplace' then 'workplace_visit' else 'client_meeting' end,
        case when place = 'remote' then 'video' else 'face_to_face' end, place, array['client'],
        case when first_job is not null and (job_end is null or job_end >= ${anchor}) then array['follow_along_client']
          else array['job_search_support'] end, id, starts
      from src where status = 'held' order by key
      returning 1
    )
    select (select count(*) from appointments)::int as appointments, (select count(*) from held)::int as held`.execute(
    trx,
  );
  const row = result.rows[0];
  return { appointment: row?.appointments ?? 0, activity: row?.held ?? 0 };
}
