-- Polku platform: people and sign-in (better-auth's tables), organisations, teams, memberships,
-- instance settings and the hash-chained audit log. Written for PostgreSQL 15 (PGlite is 18).

-- better-auth's tables keep its camelCase column names (quoted), so it needs no field mapping.
create table "user" (
  "id" text primary key,
  "name" text not null,
  "email" text not null unique,
  "emailVerified" boolean not null default false,
  "image" text,
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now(),
  "twoFactorEnabled" boolean not null default false,
  -- Polku's own fields on the person.
  "locale" text not null default 'fi' check ("locale" in ('fi', 'sv', 'en')),
  "platformAdmin" boolean not null default false,
  "deactivatedAt" timestamptz
);

create table "session" (
  "id" text primary key,
  "expiresAt" timestamptz not null,
  "token" text not null unique,
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now(),
  "ipAddress" text,
  "userAgent" text,
  "userId" text not null references "user" ("id") on delete cascade
);
create index session_user_idx on "session" ("userId");

create table "account" (
  "id" text primary key,
  "accountId" text not null,
  "providerId" text not null,
  "userId" text not null references "user" ("id") on delete cascade,
  "accessToken" text,
  "refreshToken" text,
  "idToken" text,
  "accessTokenExpiresAt" timestamptz,
  "refreshTokenExpiresAt" timestamptz,
  "scope" text,
  "password" text,
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now()
);
create index account_user_idx on "account" ("userId");

create table "verification" (
  "id" text primary key,
  "identifier" text not null,
  "value" text not null,
  "expiresAt" timestamptz not null,
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now()
);
create index verification_identifier_idx on "verification" ("identifier");

create table "twoFactor" (
  "id" text primary key,
  "secret" text not null,
  "backupCodes" text not null,
  "userId" text not null references "user" ("id") on delete cascade,
  "verified" boolean default true,
  "failedVerificationCount" integer default 0,
  "lockedUntil" timestamptz
);
create index two_factor_user_idx on "twoFactor" ("userId");
create index two_factor_secret_idx on "twoFactor" ("secret");

create table "rateLimit" (
  "id" text primary key,
  "key" text not null unique,
  "count" integer not null,
  "lastRequest" bigint not null
);

-- Settings of this installation (e.g. the generated session-signing secret when none is configured).
create table app_setting (
  key text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

create table organisation (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  type text not null check (type in (
    'wellbeing_services_county', 'public_employment_services', 'pension_insurer',
    'private_coaching_provider', 'other')),
  require_two_factor boolean not null default false,
  -- Demo organisations are created by the first embedded start and named on the sign-in page.
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table team (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  name text not null,
  kind text not null check (kind in ('ips_team', 'treatment_team')),
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index team_name_unique on team (organisation_id, lower(name));

-- A person's role in an organisation (optionally in one team). Dated, never deleted, so that
-- caseload per FTE and team assignment (fidelity S1, O1) can be computed for any past date.
create table membership (
  id uuid primary key default gen_random_uuid(),
  user_id text not null references "user" ("id"),
  organisation_id uuid not null references organisation (id),
  team_id uuid references team (id),
  role text not null check (role in ('coach', 'team_lead', 'clinician', 'reviewer', 'evaluator', 'org_admin')),
  fte numeric(3, 2) check (fte is null or (fte > 0 and fte <= 1)),
  valid_from timestamptz not null default now(),
  valid_to timestamptz,
  check (valid_to is null or valid_to >= valid_from)
);
create index membership_user_idx on membership (user_id) where valid_to is null;
create index membership_org_idx on membership (organisation_id) where valid_to is null;

-- The audit log: one row per event, hash-chained in seq order (see server/src/audit/).
-- seq is gapless: it is assigned under a transaction-scoped advisory lock.
create table audit_event (
  seq bigint primary key,
  occurred_at timestamptz not null,
  event_type text not null,
  outcome text not null check (outcome in ('success', 'denied', 'failure')),
  actor_user_id text,
  organisation_id uuid,
  target_type text,
  target_id text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_event_org_idx on audit_event (organisation_id, seq desc);
create index audit_event_actor_idx on audit_event (actor_user_id, seq desc);
create index audit_event_target_idx on audit_event (target_id, seq desc);
