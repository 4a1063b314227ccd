-- A valid henkilötunnus is a valid henkilötunnus (core/identity/henkilotunnus.ts): the century
-- sign `+` gives a birth year in the 1800s, which the first check (1900–2100) refused with a 500.
-- The database now agrees with core; core itself refuses a birth date after today.
alter table client drop constraint client_birth_year_check;
alter table client
  add constraint client_birth_year_check check (birth_year is null or birth_year between 1800 and 2100);
