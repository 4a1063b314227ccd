-- The audit log read as people read it (issue 10): an organisation's log searched by person,
-- by event type and by date, and a client's own use log ("who has seen this record"). Each page
-- is a merge of short index scans newest first (server/src/audit-search/), so a page costs what
-- a page holds, not what the national log holds.

-- Dates become seq bounds: the first entry on or after an instant, by time.
create index audit_event_occurred_idx on audit_event (occurred_at);

-- An organisation's entries of one event type, newest first.
create index audit_event_org_type_idx on audit_event (organisation_id, event_type, seq desc);

-- A person's entries that belong to no organisation (sign-ins, own profile), newest first, and
-- the same by event type; they belong to the log of every organisation the person works in.
create index audit_event_own_idx on audit_event (actor_user_id, seq desc) where organisation_id is null;
create index audit_event_own_type_idx on audit_event (actor_user_id, event_type, seq desc)
  where organisation_id is null;

-- Every client an entry names in its details (lists read, appointments, employer contacts and
-- leads), beside target_id for entries about one client; the client's use log asks
-- `audit_client_refs(details) @> jsonb_build_array(<client id>)`.
create function audit_client_refs(details jsonb) returns jsonb
language sql immutable parallel safe as $$
  select jsonb_path_query_array(details, '$.clientIds[*]')
    || jsonb_path_query_array(details, '$.clientIdsNamed[*]')
    || jsonb_path_query_array(details, '$.matchedClientIds[*]')
    || jsonb_path_query_array(details, '$.clientId ? (@.type() == "string")')
$$;
create index audit_event_client_refs_idx on audit_event using gin (audit_client_refs(details));
