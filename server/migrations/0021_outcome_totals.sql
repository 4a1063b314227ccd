-- Stored organisation and network totals per quarter beside the team rows (issue 9): the
-- organisation and network dashboards read a few of these rows instead of merging every team's
-- samples on each request. The refresher (server/src/outcome-summaries) writes them from the
-- stored team rows; the pages check that a total is at least as new as the rows it stands for
-- and compute it live otherwise, so a total never shows figures older than its parts.

-- The figures shown (figuresOf of the summary), as written: `json` keeps the text as it is.
alter table outcome_team_quarter add column figures json;

-- One organisation's IPS teams merged: the summary (for network totals) and its figures.
create table outcome_org_quarter (
  organisation_id uuid not null references organisation (id),
  quarter text not null check (quarter ~ '^\d{4}-Q[1-4]$'),
  rule_set_id text not null,
  rule_set_version integer not null,
  -- The teams whose stored rows were merged, sorted.
  team_ids text[] not null,
  summary jsonb not null,
  figures json not null,
  computed_at timestamptz not null,
  primary key (organisation_id, quarter, rule_set_id, rule_set_version)
);

-- A network's member organisations in the quarter merged (figures only: nothing is built on it).
create table outcome_network_quarter (
  network_id uuid not null references reporting_network (id),
  quarter text not null check (quarter ~ '^\d{4}-Q[1-4]$'),
  rule_set_id text not null,
  rule_set_version integer not null,
  -- The organisations whose totals were merged (agreement in force during the quarter), sorted.
  organisation_ids text[] not null,
  figures json not null,
  computed_at timestamptz not null,
  primary key (network_id, quarter, rule_set_id, rule_set_version)
);

-- An agreement made, ended or changed drops the network's totals; the refresher's next round
-- computes the missing ones again (until then the page merges the organisations' totals live).
create function drop_network_totals() returns trigger language plpgsql as $$
begin
  delete from outcome_network_quarter
  where network_id in (select network_id from new_rows union select network_id from old_rows);
  return null;
end $$;
create function drop_network_totals_inserted() returns trigger language plpgsql as $$
begin
  delete from outcome_network_quarter where network_id in (select network_id from new_rows);
  return null;
end $$;
create trigger outcome_network_totals_membership_insert after insert on network_membership
  referencing new table as new_rows for each statement execute function drop_network_totals_inserted();
create trigger outcome_network_totals_membership_update after update on network_membership
  referencing new table as new_rows old table as old_rows
  for each statement execute function drop_network_totals();

-- Every team's rows are recomputed once, with their figures, and the totals built from them.
select queue_outcome_teams(array(select distinct ips_team_id from episode_assignment));
