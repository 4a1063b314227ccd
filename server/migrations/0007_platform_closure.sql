-- A platform admin's "deactivate everywhere" is recorded as such (issue 8 review): an
-- organisation's admin may reopen a person's work in their own organisation, never an account the
-- platform closed (e.g. as compromised), whatever memberships the person holds at the time.
alter table "user" add column "closedEverywhereAt" timestamptz;
