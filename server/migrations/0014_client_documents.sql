-- Documents for the client (issue 10): the cooperation agreement (yhteistyösopimus) becomes a
-- versioned document of the episode beside the plans, and a client gets attachments.
--
-- The agreement's date stays on the episode (0002: it starts the service and the V4 clock); the
-- document holds what was agreed: parties, the split of responsibilities between coaching and
-- treatment, and how it was confirmed. Each save is a new version, so corrections keep history.
alter table episode_document drop constraint episode_document_kind_check;
alter table episode_document add constraint episode_document_kind_check check (kind in (
  'career_profile', 'job_search_plan', 'disclosure_plan', 'benefits_planning', 'cooperation_agreement'));

-- Files kept with a client (a CV, a signed agreement, a certificate), in the database itself so
-- that PGlite and PostgreSQL back up, restore and gate them the same way. The type was checked by
-- the file's first bytes before it was stored. Removal is soft: who and when, the bytes stay.
create table client_attachment (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references client (id),
  organisation_id uuid not null references organisation (id),
  kind text not null check (kind in ('cv', 'signed_agreement', 'certificate', 'other')),
  file_name text not null check (length(file_name) between 1 and 200),
  media_type text not null check (media_type in (
    'application/pdf', 'image/png', 'image/jpeg',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.oasis.opendocument.text')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null,
  content bytea not null,
  uploaded_by text not null references "user" (id),
  uploaded_at timestamptz not null default now(),
  removed_at timestamptz,
  removed_by text references "user" (id),
  check ((removed_at is null) = (removed_by is null))
);
-- The client's list (the Documents tab) reads the attachments still in place, newest first.
create index client_attachment_client_idx on client_attachment (client_id, uploaded_at desc) where removed_at is null;
