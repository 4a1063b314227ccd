-- Outcome figures (issue 9) read a team's assignments over past periods, not only the open ones:
-- an episode is attributed to the team of its assignment in force at the end of the period (or at
-- closure). The indexes of 0002 cover open assignments only (valid_to is null).
--
-- A team's assignments that had not ended before a period began (the loader's candidates).
create index episode_assignment_team_history_idx on episode_assignment (ips_team_id, valid_to);
-- Every assignment of one episode, to pick the one in force on a day.
create index episode_assignment_episode_idx on episode_assignment (episode_id, valid_from);
