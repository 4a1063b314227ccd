-- Repeating appointments and the interview booked from a job lead (issue 10, ADR 0017).
--
-- A series keeps its RFC 5545 rule (the RRULE value: weekly, every two weeks, or monthly on the
-- weekday's position; always with UNTIL or COUNT) and its first meeting's start and end, which
-- carry the Finnish clock time the rule repeats. Its meetings are appointment rows expanded from
-- the rule when it is booked: each is moved, cancelled or marked held on its own, so a held
-- meeting links to its one activity as before. occurrence_date is the series date a meeting was
-- planned for and stays when the meeting moves: the calendar feed's RECURRENCE-ID and EXDATE.
create table appointment_series (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  owner_user_id text not null references "user" (id),
  rule text not null check (length(rule) between 1 and 200),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index appointment_series_owner_idx on appointment_series (owner_user_id);

alter table appointment
  add column series_id uuid references appointment_series (id),
  add column occurrence_date date,
  -- The job lead an interview was booked from (the lead's candidate is the appointment's client).
  add column job_lead_id uuid references job_lead (id),
  add constraint appointment_occurrence_of_series check ((series_id is null) = (occurrence_date is null));
create unique index appointment_series_occurrence_unique on appointment (series_id, occurrence_date)
  where series_id is not null;
create index appointment_job_lead_idx on appointment (job_lead_id, client_id) where job_lead_id is not null;
