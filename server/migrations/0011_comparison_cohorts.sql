-- Comparison cohorts (issue 9): outcome figures of a team set against a comparison group, e.g. the
-- Varma pilot's usual-services group (outcomes.md §6). A cohort is imported as aggregate counts per
-- period, or as pseudonymised rows that are counted on import and never stored: either way only
-- counts reach the database, so a comparison cohort holds no personal data.
create table comparison_cohort (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  name text not null check (length(name) between 1 and 200),
  -- Where the counts come from (study, register extract, date): free text about the source.
  source_description text not null check (length(source_description) <= 2000),
  kind text not null check (kind in ('aggregate', 'rows')),
  created_by text not null references "user" (id),
  created_at timestamptz not null default now()
);
create index comparison_cohort_organisation_idx on comparison_cohort (organisation_id, created_at);

-- One period's counts: of `denominator` people followed over the period, `employed` worked.
create table comparison_cohort_count (
  cohort_id uuid not null references comparison_cohort (id),
  period_from date not null,
  period_to date not null,
  denominator integer not null check (denominator >= 0),
  employed integer not null check (employed >= 0 and employed <= denominator),
  check (period_from <= period_to),
  primary key (cohort_id, period_from, period_to)
);
