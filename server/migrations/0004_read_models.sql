-- Read models for the daily pages (issue 8, ADR 0008): indexes on the paths the access gate,
-- the caseloads, the client list and one client's record read, chosen from EXPLAIN on a
-- 100 000-client population (docs/performance.md says which query each serves).

-- Per-episode facts (last contact, first employer contact, follow-along, outreach count) are
-- read by episode; the old indexes were by client and author only.
create index activity_episode_idx on activity (episode_id, occurred_at);
create index study_episode_idx on study (episode_id);
create index work_trial_episode_idx on work_trial (episode_id);
create index employer_contact_client_episode_idx on employer_contact_client (episode_id);

-- The gate reads consents from the target's side. A consent stays in force until its
-- withdrawal date, which may lie ahead, so the partial "withdrawn_on is null" indexes missed
-- consents withdrawn from a later day; these cover every consent.
create index consent_target_team_idx on consent (target_team_id) where target_team_id is not null;
create index consent_target_org_idx on consent (target_organisation_id) where target_organisation_id is not null;
drop index consent_team_idx;
drop index consent_org_idx;

-- The per-episode projection of the facts that phases, caseload reminders, outcomes and fidelity
-- read (ADR 0008). Only date-independent facts are stored; "working on day D" is asked of the
-- stored day ranges (`job_days @> D`), so the row never goes stale at midnight.
create table episode_facts (
  episode_id uuid primary key references episode (id) on delete cascade,
  client_id uuid not null,
  -- Phase inputs copied from the episode (core/episodes/phase.ts).
  referral_decision text not null,
  agreement_date date,
  on_hold boolean not null,
  closure_date date,
  has_career_profile boolean not null,
  -- The days some job / some study of the episode is in progress (start to end, both included;
  -- no end = still going).
  job_days datemultirange not null,
  study_days datemultirange not null,
  -- Start dates of every job, for "first job start" and "latest job start on or before D".
  job_starts date[] not null,
  -- First face-to-face employer contact (V4): an activity of type employer_contact or
  -- job_interview met face to face, or an employer contact logged in job development on the
  -- client's behalf face to face; retracted entries never count.
  first_employer_contact_at timestamptz,
  last_contact_at timestamptz,
  last_follow_along_at timestamptz,
  outreach_attempts integer not null,
  refreshed_at timestamptz not null default now()
);
create index episode_facts_client_idx on episode_facts (client_id);

-- Recomputes the rows of the given episodes from the source tables (indexed lookups per episode).
create function refresh_episode_facts(ids uuid[]) returns void language sql as $$
  insert into episode_facts as f (
    episode_id, client_id, referral_decision, agreement_date, on_hold, closure_date,
    has_career_profile, job_days, study_days, job_starts, first_employer_contact_at,
    last_contact_at, last_follow_along_at, outreach_attempts, refreshed_at)
  select e.id, e.client_id, e.referral_decision, e.agreement_date, e.on_hold, e.closure_date,
    exists (select 1 from episode_document d where d.episode_id = e.id and d.kind = 'career_profile'),
    coalesce((select range_agg(daterange(j.start_date, j.end_date, '[]')) from job j
      where j.episode_id = e.id), '{}'::datemultirange),
    coalesce((select range_agg(daterange(s.start_date, s.end_date, '[]')) from study s
      where s.episode_id = e.id), '{}'::datemultirange),
    array(select j.start_date from job j where j.episode_id = e.id order by j.start_date),
    least(
      (select min(a.occurred_at) from activity a
        where a.episode_id = e.id and a.retracted_at is null and a.mode = 'face_to_face'
          and a.type in ('employer_contact', 'job_interview')),
      (select min(c.occurred_at) from employer_contact_client l
        join employer_contact c on c.id = l.employer_contact_id
        where l.episode_id = e.id and c.retracted_at is null and c.face_to_face)),
    (select max(a.occurred_at) from activity a
      where a.episode_id = e.id and a.retracted_at is null and a.type in (
        'client_meeting', 'outreach_attempt', 'network_meeting', 'workplace_visit', 'job_interview',
        'phone_call')),
    (select max(a.occurred_at) from activity a
      where a.episode_id = e.id and a.retracted_at is null
        and a.purposes && array['follow_along_client', 'follow_along_employer']),
    (select count(*)::int from activity a
      where a.episode_id = e.id and a.retracted_at is null and a.type = 'outreach_attempt'),
    now()
  from episode e where e.id = any (ids)
  on conflict (episode_id) do update set
    client_id = excluded.client_id, referral_decision = excluded.referral_decision,
    agreement_date = excluded.agreement_date, on_hold = excluded.on_hold,
    closure_date = excluded.closure_date, has_career_profile = excluded.has_career_profile,
    job_days = excluded.job_days, study_days = excluded.study_days, job_starts = excluded.job_starts,
    first_employer_contact_at = excluded.first_employer_contact_at,
    last_contact_at = excluded.last_contact_at, last_follow_along_at = excluded.last_follow_along_at,
    outreach_attempts = excluded.outreach_attempts, refreshed_at = excluded.refreshed_at
$$;

-- Kept current by statement-level triggers, in the same transaction as every write to a source
-- table, whichever code path makes it (ADR 0008 says why triggers). Transition tables give the
-- changed rows, so a batched write refreshes each episode once.
create function episode_facts_after_insert() returns trigger language plpgsql as $$
begin
  perform refresh_episode_facts(array(select distinct episode_id from new_rows where episode_id is not null));
  return null;
end $$;
create function episode_facts_after_update() returns trigger language plpgsql as $$
begin
  perform refresh_episode_facts(array(
    select episode_id from new_rows where episode_id is not null
    union select episode_id from old_rows where episode_id is not null));
  return null;
end $$;
create function episode_facts_after_episode_write() returns trigger language plpgsql as $$
begin
  perform refresh_episode_facts(array(select id from new_rows));
  return null;
end $$;
create function episode_facts_after_employer_contact_update() returns trigger language plpgsql as $$
begin
  perform refresh_episode_facts(array(
    select distinct l.episode_id from employer_contact_client l
    join new_rows c on c.id = l.employer_contact_id where l.episode_id is not null));
  return null;
end $$;

create trigger episode_facts_episode_insert after insert on episode
  referencing new table as new_rows for each statement execute function episode_facts_after_episode_write();
create trigger episode_facts_episode_update after update on episode
  referencing new table as new_rows for each statement execute function episode_facts_after_episode_write();
create trigger episode_facts_employer_contact_update after update on employer_contact
  referencing new table as new_rows for each statement execute function episode_facts_after_employer_contact_update();

create trigger episode_facts_activity_insert after insert on activity
  referencing new table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_activity_update after update on activity
  referencing new table as new_rows old table as old_rows for each statement execute function episode_facts_after_update();
create trigger episode_facts_activity_delete after delete on activity
  referencing old table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_job_insert after insert on job
  referencing new table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_job_update after update on job
  referencing new table as new_rows old table as old_rows for each statement execute function episode_facts_after_update();
create trigger episode_facts_job_delete after delete on job
  referencing old table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_study_insert after insert on study
  referencing new table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_study_update after update on study
  referencing new table as new_rows old table as old_rows for each statement execute function episode_facts_after_update();
create trigger episode_facts_study_delete after delete on study
  referencing old table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_document_insert after insert on episode_document
  referencing new table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_document_delete after delete on episode_document
  referencing old table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_contact_client_insert after insert on employer_contact_client
  referencing new table as new_rows for each statement execute function episode_facts_after_insert();
create trigger episode_facts_contact_client_update after update on employer_contact_client
  referencing new table as new_rows old table as old_rows for each statement execute function episode_facts_after_update();
create trigger episode_facts_contact_client_delete after delete on employer_contact_client
  referencing old table as new_rows for each statement execute function episode_facts_after_insert();

-- Backfill: every existing episode gets its row.
select refresh_episode_facts(array(select id from episode));

-- The team lead's page lists the coaches of the led teams (membership by team).
create index membership_team_idx on membership (team_id) where valid_to is null;
