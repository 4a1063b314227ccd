-- Offline recording (issue 10, ADR 0016): the fingerprint of what was sent under a key.
--
-- A key answers its first activity only when the repeat is the same request. A different body
-- under a used key (a draft changed after it was first sent) is refused with 409, so nothing is
-- silently dropped. The fingerprint is a SHA-256 of the validated body: no text of the note is
-- kept here. Keys claimed before this migration have none and keep answering as before.
alter table activity_idempotency add column body_sha256 text;
