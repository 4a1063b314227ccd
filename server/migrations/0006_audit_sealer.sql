-- The audit log without a global lock (ADR 0009). Entries are appended with no lock and no hash:
-- `seq` now comes from a sequence (insertion order, gaps possible after rollbacks). A sealer
-- later gives committed entries their gapless chain position `chain_seq` and their keyed hash. Entries written before this migration were chained
-- under the old lock with plain sha256 and seq = chain position; they keep their hashes.
create sequence audit_event_seq_seq;
select setval('audit_event_seq_seq', coalesce((select max(seq) from audit_event), 0) + 1, false);
alter table audit_event alter column seq set default nextval('audit_event_seq_seq');
alter sequence audit_event_seq_seq owned by audit_event.seq;

alter table audit_event add column chain_seq bigint unique;
alter table audit_event alter column prev_hash drop not null;
alter table audit_event alter column hash drop not null;
update audit_event set chain_seq = seq;
alter table audit_event add constraint audit_event_sealed_check
  check ((chain_seq is null) = (hash is null) and (chain_seq is null) = (prev_hash is null));
create index audit_event_unsealed_idx on audit_event (seq) where chain_seq is null;

-- From which chain position the hash is an HMAC with the key kept outside the database; before
-- it, plain sha256 (the entries that existed when this migration ran). The signed checkpoints
-- repeat this number, so moving it in the database is detected by `polku audit verify`.
create table audit_chain (
  id integer primary key check (id = 1),
  keyed_from bigint not null
);
insert into audit_chain (id, keyed_from)
  select 1, coalesce(max(chain_seq), 0) + 1 from audit_event;
