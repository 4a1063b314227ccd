-- What `npm run bench` found at national size (issue 9, docs/performance.md).
--
-- queue_outcome_teams (0008) deduplicated (team, clock_timestamp()) pairs, which are never equal,
-- so one statement that wrote two rows of the same team (a bulk insert of assignments, episodes
-- or work trials) failed with "ON CONFLICT DO UPDATE command cannot affect row a second time".
-- Distinct teams first, then one timestamp each.
create or replace function queue_outcome_teams(teams uuid[]) returns void language sql as $$
  insert into outcome_refresh_queue (team_id, queued_at)
  select t, clock_timestamp() from (select distinct t from unnest(teams) t where t is not null) d
  on conflict (team_id) do update set queued_at = excluded.queued_at
$$;
