-- Read models for the daily pages (issue 8, ADR 0008): indexes on the paths the access gate,
-- the caseloads, the client list and one client's record read, chosen from EXPLAIN on a
-- 100 000-client population (docs/performance.md says which query each serves).

-- Per-episode facts (last contact, first employer contact, follow-along, outreach count) are
-- read by episode; the old indexes were by client and author only.
create index activity_episode_idx on activity (episode_id, occurred_at);
create index study_episode_idx on study (episode_id);
create index work_trial_episode_idx on work_trial (episode_id);
create index employer_contact_client_episode_idx on employer_contact_client (episode_id);

-- The gate reads consents from the target's side. A consent stays in force until its
-- withdrawal date, which may lie ahead, so the partial "withdrawn_on is null" indexes missed
-- consents withdrawn from a later day; these cover every consent.
create index consent_target_team_idx on consent (target_team_id) where target_team_id is not null;
create index consent_target_org_idx on consent (target_organisation_id) where target_organisation_id is not null;
drop index consent_team_idx;
drop index consent_org_idx;
