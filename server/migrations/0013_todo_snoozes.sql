-- A coach's snoozes of to-do items (issue 10, core/todo/snooze.ts). Keyed by the person and the
-- item's stable key, which names one due instance (kind, what it is about, due day): a new due
-- instance has a new key, so an old snooze never hides it. The key holds ids and a date, no names.
create table todo_snooze (
  user_id text not null references "user" (id),
  item_key text not null check (length(item_key) <= 200),
  until date not null,
  created_at timestamptz not null default now(),
  primary key (user_id, item_key)
);

-- The to-do list reads the coach's open next steps; without this it walks every contact the
-- coach has logged (employer_contact_coach_idx), which grows with the years, not with what is due.
create index employer_contact_next_step_idx on employer_contact (coach_user_id, next_step_on)
  where next_step_on is not null and retracted_at is null;
