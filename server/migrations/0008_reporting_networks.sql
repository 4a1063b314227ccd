-- Reporting networks (issue 9): above one organisation, figures exist only for organisations that
-- have joined a network (a region or the national benchmark) by a recorded, dated agreement that
-- their admin makes and can end. Evaluators are members of a network, not of any organisation.
create table reporting_network (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('region', 'national')),
  created_at timestamptz not null default now(),
  created_by text not null references "user" (id)
);
create unique index reporting_network_name on reporting_network (lower(name));

create table network_membership (
  id uuid primary key default gen_random_uuid(),
  network_id uuid not null references reporting_network (id),
  organisation_id uuid not null references organisation (id),
  agreed_on date not null,
  agreed_by text not null references "user" (id),
  ended_on date,
  ended_by text references "user" (id),
  check (ended_on is null or ended_on >= agreed_on),
  check ((ended_on is null) = (ended_by is null))
);
-- One open agreement per organisation and network; ended ones stay as history.
create unique index network_membership_open on network_membership (network_id, organisation_id)
  where ended_on is null;
create index network_membership_org_idx on network_membership (organisation_id);

create table network_evaluator (
  id uuid primary key default gen_random_uuid(),
  network_id uuid not null references reporting_network (id),
  user_id text not null references "user" (id),
  added_by text not null references "user" (id),
  valid_from timestamptz not null default now(),
  valid_to timestamptz
);
create unique index network_evaluator_current on network_evaluator (network_id, user_id) where valid_to is null;
create index network_evaluator_user_idx on network_evaluator (user_id) where valid_to is null;

-- Stored outcome summaries, one per IPS team, quarter and rule set version, so an organisation's
-- or the nation's page merges thousands of small rows instead of reading millions of episodes.
-- `summary` is a core OutcomeSummary: counts and samples only, no ids.
create table outcome_team_quarter (
  team_id uuid not null references team (id),
  organisation_id uuid not null references organisation (id),
  quarter text not null check (quarter ~ '^\d{4}-Q[1-4]$'),
  rule_set_id text not null,
  rule_set_version integer not null,
  summary jsonb not null,
  computed_at timestamptz not null default now(),
  primary key (team_id, quarter, rule_set_id, rule_set_version)
);
create index outcome_team_quarter_org_idx on outcome_team_quarter (organisation_id, quarter, rule_set_id);

-- Teams whose stored summaries are stale. Statement-level triggers below add a team in the same
-- transaction as the write that changed its figures; the background refresher recomputes and
-- removes it only when `queued_at` is still the value it read (a later change re-queues it).
create table outcome_refresh_queue (
  team_id uuid primary key references team (id),
  queued_at timestamptz not null
);

create function queue_outcome_teams(teams uuid[]) returns void language sql as $$
  insert into outcome_refresh_queue (team_id, queued_at)
  select distinct t, clock_timestamp() from unnest(teams) t where t is not null
  on conflict (team_id) do update set queued_at = excluded.queued_at
$$;

-- Every team an episode was ever assigned to: its past quarters may be attributed to any of them.
create function queue_outcome_teams_of_episodes() returns trigger language plpgsql as $$
begin
  perform queue_outcome_teams(array(
    select distinct a.ips_team_id from episode_assignment a
    where a.episode_id in (select episode_id from new_rows)));
  return null;
end $$;
create function queue_outcome_teams_of_assignments() returns trigger language plpgsql as $$
begin
  perform queue_outcome_teams(array(select ips_team_id from new_rows));
  return null;
end $$;
create function queue_outcome_teams_of_changed_assignments() returns trigger language plpgsql as $$
begin
  perform queue_outcome_teams(array(select ips_team_id from new_rows union select ips_team_id from old_rows));
  return null;
end $$;

-- episode_facts is rewritten by its own triggers on every write to episode, job, study, activity,
-- documents and employer contacts (0004), so one trigger pair here covers them all. Work trials
-- and assignments do not reach episode_facts and get their own.
create trigger outcome_queue_facts_insert after insert on episode_facts
  referencing new table as new_rows for each statement execute function queue_outcome_teams_of_episodes();
create trigger outcome_queue_facts_update after update on episode_facts
  referencing new table as new_rows for each statement execute function queue_outcome_teams_of_episodes();
create trigger outcome_queue_work_trial_insert after insert on work_trial
  referencing new table as new_rows for each statement execute function queue_outcome_teams_of_episodes();
create trigger outcome_queue_work_trial_update after update on work_trial
  referencing new table as new_rows for each statement execute function queue_outcome_teams_of_episodes();
create trigger outcome_queue_work_trial_delete after delete on work_trial
  referencing old table as new_rows for each statement execute function queue_outcome_teams_of_episodes();
create trigger outcome_queue_assignment_insert after insert on episode_assignment
  referencing new table as new_rows for each statement execute function queue_outcome_teams_of_assignments();
create trigger outcome_queue_assignment_update after update on episode_assignment
  referencing new table as new_rows old table as old_rows
  for each statement execute function queue_outcome_teams_of_changed_assignments();

-- Every IPS team with history starts stale, so the first refresh computes it.
select queue_outcome_teams(array(select distinct ips_team_id from episode_assignment));
