-- Offline recording (issue 10, ADR 0016).
--
-- A draft written without a network carries an idempotency key (a UUID the browser made for it).
-- The first save under a key claims it here, in the same transaction as the activity and its audit
-- entry; a repeat from the same person answers the first result and writes nothing. A concurrent
-- repeat waits on the primary key until the first commits (PostgreSQL), or runs after it (PGlite's
-- one session), and then finds the claim. The key is the browser's random value: no names, no text.
create table activity_idempotency (
  user_id text not null references "user" (id),
  idempotency_key uuid not null,
  client_id uuid not null references client (id),
  activity_id uuid references activity (id),
  created_at timestamptz not null default now(),
  primary key (user_id, idempotency_key)
);

-- The key that encrypts a session's offline drafts on its device. It lives only as long as the
-- session row: signing out (or the server ending the session) deletes it, so a device's stored
-- drafts cannot be read without a live session.
create table session_offline_key (
  session_id text primary key references "session" (id) on delete cascade,
  key_material bytea not null check (length(key_material) = 32),
  created_at timestamptz not null default now()
);
