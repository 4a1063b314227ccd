-- The IPS client journey: clients, episodes (referral → agreement → … → closure), dated
-- assignments, consents, versioned plans, activities with revisions, appointments, employers,
-- jobs, work trials, studies and calendar feeds. Columns follow ../shared/domain/fidelity.md §5 and
-- outcomes.md §7 so that fidelity items and outcome rates can be computed without retyping.

create table client (
  id uuid primary key default gen_random_uuid(),
  -- The controller: the organisation whose IPS service keeps this record.
  organisation_id uuid not null references organisation (id),
  first_name text not null,
  last_name text not null,
  henkilotunnus text,
  birth_date date,
  birth_year integer check (birth_year is null or birth_year between 1900 and 2100),
  phone text,
  email text,
  address text,
  municipality text,
  preferred_language text not null default 'fi' check (preferred_language in ('fi', 'sv', 'en', 'other')),
  education_level text check (education_level in (
    'basic', 'upper_secondary', 'vocational', 'bachelor', 'master', 'doctorate', 'none', 'other')),
  education_notes text,
  work_history text,
  -- Coarse ICD-10 chapter group only; details stay in the treatment record.
  diagnosis_group text check (diagnosis_group in (
    'psychotic', 'mood', 'anxiety', 'personality', 'substance_use', 'neurodevelopmental', 'other')),
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index client_hetu_unique on client (organisation_id, henkilotunnus) where henkilotunnus is not null;
create index client_name_idx on client (organisation_id, lower(last_name), lower(first_name));

create table episode (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references client (id),
  organisation_id uuid not null references organisation (id),
  -- Referral (O6, O7): anyone may refer; "not ready" is never a reason to decline.
  referral_date date not null,
  referral_source text not null check (referral_source in ('treatment_team', 'self', 'family', 'employment_services', 'other')),
  referrer_name text,
  referred_by_user_id text references "user" (id),
  referral_decision text not null default 'pending' check (referral_decision in ('pending', 'accepted', 'declined')),
  decision_date date,
  decline_reason text check (decline_reason in (
    'does_not_want_work', 'chose_other_service', 'moved_away', 'could_not_be_reached', 'duplicate_referral', 'other')),
  decline_note text,
  situation_at_start text not null check (situation_at_start in (
    'employed', 'unemployed', 'rehabilitation_subsidy', 'partial_disability_pension',
    'full_disability_pension', 'sick_leave', 'student', 'other')),
  -- The cooperation agreement (yhteistyösopimus): its date is the entry date and starts the V4 clock.
  agreement_date date,
  on_hold boolean not null default false,
  on_hold_since date,
  closure_date date,
  closure_reason text check (closure_reason in (
    'client_wish', 'steady_work_step_down', 'studies_step_down', 'moved_away', 'transferred',
    'lost_contact', 'deceased', 'other')),
  closure_note text,
  -- Re-entry (O6): a later referral opens a new episode linked to the previous one.
  previous_episode_id uuid references episode (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (referral_decision <> 'declined' or decline_reason is not null),
  check (closure_date is null or closure_reason is not null),
  check (agreement_date is null or agreement_date >= referral_date),
  check (closure_date is null or closure_date >= referral_date)
);
create index episode_client_idx on episode (client_id);
-- At most one open episode per client.
create unique index episode_one_open on episode (client_id) where closure_date is null and referral_decision <> 'declined';

-- Who works with the client, dated (S1 caseload per FTE, O1 team integration). The open row is current.
create table episode_assignment (
  id uuid primary key default gen_random_uuid(),
  episode_id uuid not null references episode (id),
  coach_user_id text references "user" (id),
  ips_team_id uuid not null references team (id),
  treatment_team_id uuid references team (id),
  valid_from timestamptz not null default now(),
  valid_to timestamptz,
  assigned_by text not null references "user" (id)
);
create unique index episode_assignment_current on episode_assignment (episode_id) where valid_to is null;
create index episode_assignment_coach_idx on episode_assignment (coach_user_id) where valid_to is null;
create index episode_assignment_team_idx on episode_assignment (ips_team_id) where valid_to is null;
create index episode_assignment_treatment_idx on episode_assignment (treatment_team_id) where valid_to is null;

create table consent (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references client (id),
  scope text not null check (scope in (
    'share_with_treatment_team', 'share_with_organisation', 'contact_employers', 'share_with_kela',
    'share_with_pension_insurer', 'pseudonymised_evaluation')),
  target_team_id uuid references team (id),
  target_organisation_id uuid references organisation (id),
  given_on date not null,
  method text not null check (method in ('written', 'oral', 'electronic')),
  valid_until date,
  recorded_by text not null references "user" (id),
  recorded_at timestamptz not null default now(),
  withdrawn_on date,
  withdrawal_recorded_by text references "user" (id),
  withdrawal_note text,
  check (scope <> 'share_with_treatment_team' or target_team_id is not null),
  check (scope <> 'share_with_organisation' or target_organisation_id is not null),
  check (valid_until is null or valid_until >= given_on),
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index consent_client_idx on consent (client_id);
create index consent_team_idx on consent (target_team_id) where withdrawn_on is null;
create index consent_org_idx on consent (target_organisation_id) where withdrawn_on is null;

-- Versioned plans of an episode: career profile (V3), job search plan (V5), disclosure plan (V2),
-- benefits planning (V1). Each save is a new version; earlier versions stay readable. The content
-- is validated by its zod schema in core/contracts before it is stored.
create table episode_document (
  id uuid primary key default gen_random_uuid(),
  episode_id uuid not null references episode (id),
  kind text not null check (kind in ('career_profile', 'job_search_plan', 'disclosure_plan', 'benefits_planning')),
  version integer not null check (version >= 1),
  content jsonb not null,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  unique (episode_id, kind, version)
);

-- The organisation's employer register (extended by job development later).
create table employer (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  name text not null,
  business_id text,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index employer_business_id_unique on employer (organisation_id, business_id) where business_id is not null;
create index employer_name_idx on employer (organisation_id, lower(name));

create table work_trial (
  id uuid primary key default gen_random_uuid(),
  episode_id uuid not null references episode (id),
  employer_id uuid not null references employer (id),
  tasks text not null,
  start_date date not null,
  end_date date,
  hours_per_week numeric(4, 1) check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 80)),
  arranged_by text check (arranged_by in ('employment_services', 'kela', 'pension_insurer', 'other')),
  notes text,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date)
);

create table job (
  id uuid primary key default gen_random_uuid(),
  episode_id uuid not null references episode (id),
  employer_id uuid not null references employer (id),
  title text not null,
  -- ISCO-08 / Ammattiluokitus 2010 code when known (V8 diversity of job types).
  occupation_code text,
  occupation text,
  start_date date not null,
  end_date date,
  hours_per_week numeric(4, 1) check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 80)),
  hourly_wage numeric(7, 2) check (hourly_wage is null or hourly_wage >= 0),
  contract_type text not null check (contract_type in ('open_ended', 'fixed_term', 'apprenticeship', 'self_employed')),
  wage_subsidy boolean not null default false,
  set_aside boolean not null default false,
  found_with_coach boolean not null default true,
  end_reason text check (end_reason in (
    'fixed_term_ended', 'resigned_for_better_job', 'resigned_other', 'health', 'dismissed', 'laid_off',
    'employer_closed', 'other')),
  -- When the coach learned the job ended (V12: contact within 3 days).
  end_learned_on date,
  work_trial_id uuid references work_trial (id),
  notes text,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date),
  check (end_date is null or end_reason is not null)
);
create index job_episode_idx on job (episode_id);
create index job_employer_idx on job (employer_id);

create table study (
  id uuid primary key default gen_random_uuid(),
  episode_id uuid not null references episode (id),
  institution text not null,
  programme text not null,
  level text check (level in ('basic', 'upper_secondary', 'vocational', 'bachelor', 'master', 'doctorate', 'other')),
  start_date date not null,
  end_date date,
  outcome text check (outcome in ('completed', 'interrupted')),
  notes text,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date),
  check (outcome is null or end_date is not null)
);

create table appointment (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  owner_user_id text not null references "user" (id),
  client_id uuid references client (id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text not null check (place in ('community', 'workplace', 'office', 'clinic', 'client_home', 'remote')),
  location text,
  purpose text not null,
  status text not null default 'scheduled' check (status in ('scheduled', 'held', 'cancelled')),
  cancel_reason text,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index appointment_owner_idx on appointment (owner_user_id, starts_at);
create index appointment_client_idx on appointment (client_id, starts_at);

-- Every contact and piece of work, with time, mode and place (S2, S3, V11–V14). Never deleted:
-- an edit stores the previous version in activity_revision; a retraction keeps the row.
create table activity (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  client_id uuid references client (id),
  episode_id uuid references episode (id),
  author_user_id text not null references "user" (id),
  occurred_at timestamptz not null,
  duration_minutes integer not null check (duration_minutes between 1 and 1440),
  type text not null check (type in (
    'client_meeting', 'outreach_attempt', 'network_meeting', 'treatment_team_meeting', 'workplace_visit',
    'employer_contact', 'job_interview', 'phone_call', 'documentation', 'other')),
  mode text not null check (mode in ('face_to_face', 'phone', 'video', 'message')),
  place text not null check (place in ('community', 'workplace', 'office', 'clinic', 'client_home', 'remote')),
  participants text[] not null default '{}',
  purposes text[] not null,
  employer_id uuid references employer (id),
  job_id uuid references job (id),
  appointment_id uuid references appointment (id),
  notes text,
  -- Notes marked shared are visible to the treatment team when the client has consented.
  shared_with_treatment_team boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  retracted_at timestamptz,
  retracted_by text references "user" (id),
  retraction_reason text,
  check (cardinality(purposes) >= 1)
);
create index activity_client_idx on activity (client_id, occurred_at desc);
create index activity_author_idx on activity (author_user_id, occurred_at desc);
create unique index activity_appointment_unique on activity (appointment_id) where appointment_id is not null;

create table activity_revision (
  activity_id uuid not null references activity (id),
  version integer not null,
  content jsonb not null,
  edited_by text not null references "user" (id),
  edited_at timestamptz not null default now(),
  primary key (activity_id, version)
);

-- A personal iCalendar feed: the secret is in the URL, so only its hash is stored.
create table calendar_feed (
  id uuid primary key default gen_random_uuid(),
  user_id text not null references "user" (id),
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create unique index calendar_feed_one_active on calendar_feed (user_id) where revoked_at is null;
