-- Employers and job development: the full employer register, contact persons, face-to-face
-- employer contacts on behalf of job seekers (fidelity V4–V7), and job leads matched with job
-- seekers. Contacts keep their quality level (outcomes.md §9) for V7.

alter table employer
  add column industry text check (industry in (
    'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U')),
  add column size_class text check (size_class in ('1_4', '5_9', '10_49', '50_249', '250_plus')),
  add column municipality text,
  add column street_address text,
  add column postal_code text check (postal_code is null or postal_code ~ '^[0-9]{5}$'),
  add column website text,
  add column relationship_notes text,
  add column archived_at timestamptz;

create table employer_contact_person (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employer (id),
  name text not null,
  role text,
  phone text,
  email text,
  created_by text not null references "user" (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index employer_contact_person_employer_idx on employer_contact_person (employer_id);

-- One contact with an employer by a coach: in person or not, general or on behalf of job seekers.
create table employer_contact (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  employer_id uuid not null references employer (id),
  contact_person_id uuid references employer_contact_person (id),
  coach_user_id text not null references "user" (id),
  occurred_at timestamptz not null,
  face_to_face boolean not null,
  purposes text[] not null check (cardinality(purposes) >= 1),
  outcome text not null check (outcome in ('opening_found', 'interview_agreed', 'hire', 'nothing_yet')),
  quality_level integer check (quality_level between 1 and 5),
  next_step text,
  next_step_on date,
  notes text,
  created_at timestamptz not null default now(),
  retracted_at timestamptz,
  retraction_reason text
);
create index employer_contact_coach_idx on employer_contact (coach_user_id, occurred_at desc);
create index employer_contact_employer_idx on employer_contact (employer_id, occurred_at desc);
create index employer_contact_org_idx on employer_contact (organisation_id, occurred_at desc);

-- The job seekers a contact was made for (client-specific contacts; V4 first contact, V5).
create table employer_contact_client (
  employer_contact_id uuid not null references employer_contact (id),
  client_id uuid not null references client (id),
  episode_id uuid references episode (id),
  -- The client's disclosure plan did not allow health to be discussed with this employer when
  -- the contact was recorded; the coach saw the warning and went on.
  disclosure_warning boolean not null default false,
  primary key (employer_contact_id, client_id)
);
create index employer_contact_client_client_idx on employer_contact_client (client_id);

create table job_lead (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  employer_id uuid not null references employer (id),
  title text not null,
  occupation_code text,
  hours_per_week numeric(4, 1) check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 80)),
  municipality text,
  advertised boolean not null,
  status text not null default 'open' check (status in ('open', 'presented', 'interview', 'hired', 'closed')),
  notes text,
  found_by text not null references "user" (id),
  source_contact_id uuid references employer_contact (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz
);
create index job_lead_org_idx on job_lead (organisation_id, status);

-- Job seekers matched with a lead, and how far each got.
create table job_lead_candidate (
  job_lead_id uuid not null references job_lead (id),
  client_id uuid not null references client (id),
  stage text not null default 'matched' check (stage in ('matched', 'presented', 'interview', 'hired', 'not_selected')),
  stage_changed_at timestamptz not null default now(),
  changed_by text not null references "user" (id),
  job_id uuid references job (id),
  primary key (job_lead_id, client_id)
);
create index job_lead_candidate_client_idx on job_lead_candidate (client_id);

-- Every stage change of a candidate, dated, so the weekly picture counts the week it happened.
create table job_lead_event (
  id uuid primary key default gen_random_uuid(),
  job_lead_id uuid not null references job_lead (id),
  client_id uuid not null references client (id),
  stage text not null check (stage in ('matched', 'presented', 'interview', 'hired', 'not_selected')),
  occurred_at timestamptz not null default now(),
  by_user_id text not null references "user" (id)
);
create index job_lead_event_by_idx on job_lead_event (by_user_id, occurred_at);
