/**
 * A national-size synthetic population for the read-model benchmark (issue 8): `clients` clients
 * across many organisations and IPS teams, with episodes in every phase, activities, jobs,
 * studies, career profiles, employer contacts and consents. Everything is derived from the row
 * number (deterministic ids from md5, no randomness), so two runs of the same size build the same
 * database. Rows are inserted set-wise (`insert … select … from generate_series`), which is the
 * batched insert both PostgreSQL 15 and PGlite do fastest.
 *
 * Shape: 250 clients per IPS team, 25 per coach (so about 20 open assignments each), 10 coaches
 * per team, a treatment team beside every IPS team, 5 000 clients per organisation. Team 0 of
 * organisation 0 holds the demo coach (coach 0) and the demo team lead.
 */
import { sql } from "kysely";
import type { Database } from "../server/src/platform/db/database.ts";
import { buildStaff } from "../server/src/platform/testing/factories.ts";

export type NationalDataset = {
  clients: number;
  organisationId: string;
  teamId: string;
  coach: { id: string; email: string; password: string };
  lead: { id: string; email: string; password: string };
  /** A client on the demo coach's caseload. */
  sampleClientId: string;
  /** A surname that matches a handful of the demo coach's visible clients. */
  sampleSurname: string;
};

const lastNames = [
  "Virtanen",
  "Korhonen",
  "Mäkinen",
  "Nieminen",
  "Mäkelä",
  "Hämäläinen",
  "Laine",
  "Heikkinen",
];
const firstNames = ["Aino", "Eino", "Helmi", "Onni", "Sofia", "Leo", "Ella", "Väinö", "Aada", "Elias"];
const textArray = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x}'`).join(",")}]`);

/** Builds the population into an empty, migrated database. */
export async function buildNationalDataset(
  database: Database,
  clients: number,
  anchor: string,
): Promise<NationalDataset> {
  const db = database.db;
  const teams = Math.ceil(clients / 250);
  const organisations = Math.max(1, Math.ceil(clients / 5000));
  const coaches = Math.ceil(clients / 25);
  const idOf = async (tag: string) =>
    (await sql<{ id: string }>`select bench_uuid(${tag}) as id`.execute(db)).rows[0]?.id as string;
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const n = sql.lit(clients);
  const on = sql`${sql.lit(anchor)}::date`;

  // md5 of a tag and the row number, shaped as a version-4 UUID (the contracts check the version).
  await run(sql`create or replace function bench_uuid(text) returns uuid language sql immutable
    as $$ select overlay(overlay(md5($1) placing '4' from 13) placing '8' from 17)::uuid $$`);
  await run(
    sql`insert into "user" (id, name, email) values ('bench-system', 'Bench System', 'bench-system@example.test')`,
  );
  await run(sql`insert into organisation (id, name, type)
    select bench_uuid('o' || o), 'Hyvinvointialue ' || o, 'wellbeing_services_county'
    from generate_series(0, ${sql.lit(organisations - 1)}) o`);
  await run(sql`insert into team (id, organisation_id, name, kind)
    select bench_uuid('t' || t), bench_uuid('o' || (t % ${sql.lit(organisations)})), 'IPS-tiimi ' || t, 'ips_team'
    from generate_series(0, ${sql.lit(teams - 1)}) t
    union all
    select bench_uuid('tt' || t), bench_uuid('o' || (t % ${sql.lit(organisations)})), 'Hoitotiimi ' || t, 'treatment_team'
    from generate_series(0, ${sql.lit(teams - 1)}) t`);
  const organisationId = await idOf("o0");
  const teamId = await idOf("t0");
  const coach = await buildStaff(database, { organisationId, role: "coach", teamId });
  const lead = await buildStaff(database, { organisationId, role: "team_lead", teamId });
  await run(sql`update membership set fte = 1 where user_id = ${coach.id}`);

  // Coach c works in team c / 10; coach 0 is the demo coach.
  await run(sql`insert into "user" (id, name, email)
    select 'bench-coach-' || c, 'Valmentaja ' || c, 'bench-coach-' || c || '@example.test'
    from generate_series(1, ${sql.lit(coaches - 1)}) c`);
  await run(sql`insert into membership (user_id, organisation_id, team_id, role, fte)
    select 'bench-coach-' || c, bench_uuid('o' || ((c / 10) % ${sql.lit(organisations)})), bench_uuid('t' || (c / 10)), 'coach', 1
    from generate_series(1, ${sql.lit(coaches - 1)}) c`);

  // Client i: team i / 250, coach i / 25, organisation of its team.
  await run(sql`insert into client (id, organisation_id, first_name, last_name, birth_year, created_by)
    select bench_uuid('c' || i), bench_uuid('o' || ((i / 250) % ${sql.lit(organisations)})),
      (${textArray(firstNames)})[1 + (i * 7) % ${sql.lit(firstNames.length)}],
      (${textArray(lastNames)})[1 + (i * 3) % ${sql.lit(lastNames.length)}] || '-' || (i % 97),
      1960 + i % 45, 'bench-system'
    from generate_series(0, ${n} - 1) i`);

  // Phase mix by k = (i * 7) % 20: 0 referred, 1 declined, 2–3 closed, 4 on hold, 5 engagement,
  // 6 career profile, 7–9 job search, 10–15 working, 16 job ended, 17 studying, 18–19 job search.
  await run(sql`insert into episode (id, client_id, organisation_id, referral_date, referral_source,
      referral_decision, decision_date, decline_reason, situation_at_start, agreement_date, on_hold,
      on_hold_since, closure_date, closure_reason)
    select bench_uuid('e' || i), bench_uuid('c' || i), bench_uuid('o' || ((i / 250) % ${sql.lit(organisations)})),
      ${on} - (120 + i % 600), 'treatment_team',
      case when k = 0 then 'pending' when k = 1 then 'declined' else 'accepted' end,
      case when k = 0 then null else ${on} - (110 + i % 600) end,
      case when k = 1 then 'does_not_want_work' end,
      'unemployed',
      case when k in (0, 1, 5) then null else ${on} - (100 + i % 600) end,
      k = 4, case when k = 4 then ${on} - 10 end,
      case when k in (2, 3) then ${on} - (20 + i % 100) end,
      case when k in (2, 3) then 'client_wish' end
    from (select i, (i * 7) % 20 as k from generate_series(0, ${n} - 1) i) s`);
  await run(sql`insert into episode_assignment (episode_id, coach_user_id, ips_team_id, treatment_team_id, valid_from, assigned_by)
    select bench_uuid('e' || i),
      case when i / 25 = 0 then ${coach.id} else 'bench-coach-' || (i / 25) end,
      bench_uuid('t' || (i / 250)), bench_uuid('tt' || (i / 250)), ${on} - (110 + i % 600), 'bench-system'
    from generate_series(0, ${n} - 1) i where (i * 7) % 20 <> 1`);
  await run(sql`insert into episode_document (episode_id, kind, version, content, created_by)
    select bench_uuid('e' || i), 'career_profile', 1, '{}'::jsonb, 'bench-system'
    from generate_series(0, ${n} - 1) i where (i * 7) % 20 >= 6`);

  await run(sql`insert into employer (id, organisation_id, name, created_by)
    select bench_uuid('w' || w), bench_uuid('o' || (w % ${sql.lit(organisations)})), 'Työnantaja ' || w, 'bench-system'
    from generate_series(0, ${sql.lit(organisations * 50 - 1)}) w`);
  const employerOf = sql`bench_uuid('w' || ((i % 50) * ${sql.lit(organisations)} + (i / 250) % ${sql.lit(organisations)}))`;
  await run(sql`insert into job (episode_id, employer_id, title, start_date, end_date, end_reason, contract_type, created_by)
    select bench_uuid('e' || i), ${employerOf}, 'Työ', ${on} - (60 + i % 40),
      case when (i * 7) % 20 = 16 then ${on} - 5 end, case when (i * 7) % 20 = 16 then 'resigned_other' end,
      'open_ended', 'bench-system'
    from generate_series(0, ${n} - 1) i where (i * 7) % 20 between 10 and 16`);
  await run(sql`insert into study (episode_id, institution, programme, start_date, created_by)
    select bench_uuid('e' || i), 'Oppilaitos', 'Ohjelma', ${on} - 30, 'bench-system'
    from generate_series(0, ${n} - 1) i where (i * 7) % 20 = 17`);

  // Eight activities per episode that started service, a week apart, every type and mode.
  const types = [
    "client_meeting",
    "phone_call",
    "employer_contact",
    "workplace_visit",
    "job_interview",
    "network_meeting",
    "outreach_attempt",
    "documentation",
  ];
  await run(sql`insert into activity (organisation_id, client_id, episode_id, author_user_id, occurred_at,
      duration_minutes, type, mode, place, purposes)
    select bench_uuid('o' || ((i / 250) % ${sql.lit(organisations)})), bench_uuid('c' || i), bench_uuid('e' || i),
      case when i / 25 = 0 then ${coach.id} else 'bench-coach-' || (i / 25) end,
      (${on} - (i % 90) - j * 7)::timestamp + time '10:00', 60,
      (${textArray(types)})[1 + (i + j) % 8],
      case when (i + j) % 2 = 0 then 'face_to_face' else 'phone' end, 'community',
      case when (i * 7) % 20 between 10 and 15 and j % 3 = 0 then array['follow_along_client'] else array['job_search_support'] end
    from generate_series(0, ${n} - 1) i cross join generate_series(0, 7) j
    where (i * 7) % 20 not in (0, 1)`);

  // Employer contacts on behalf of job seekers (job development), one per twentieth client.
  await run(sql`insert into employer_contact (id, organisation_id, employer_id, coach_user_id, occurred_at, face_to_face, purposes, outcome)
    select bench_uuid('ec' || i), bench_uuid('o' || ((i / 250) % ${sql.lit(organisations)})), ${employerOf},
      case when i / 25 = 0 then ${coach.id} else 'bench-coach-' || (i / 25) end,
      (${on} - (i % 50))::timestamp + time '09:00', i % 2 = 0, array['job_search_support'], 'nothing_yet'
    from generate_series(0, ${n} - 1) i where i % 20 = 3`);
  await run(sql`insert into employer_contact_client (employer_contact_id, client_id, episode_id)
    select bench_uuid('ec' || i), bench_uuid('c' || i), bench_uuid('e' || i)
    from generate_series(0, ${n} - 1) i where i % 20 = 3`);

  // Consents: a third share with their treatment team; one in ten with another organisation.
  await run(sql`insert into consent (client_id, scope, target_team_id, target_organisation_id, given_on, method, recorded_by, withdrawn_on)
    select bench_uuid('c' || i), 'share_with_treatment_team', bench_uuid('tt' || (i / 250)), null,
      ${on} - 200, 'written', 'bench-system', case when i % 9 = 0 then ${on} - 3 end
    from generate_series(0, ${n} - 1) i where i % 3 = 0
    union all
    select bench_uuid('c' || i), 'share_with_organisation', null, bench_uuid('o' || (((i / 250) + 1) % ${sql.lit(organisations)})),
      ${on} - 200, 'written', 'bench-system', null
    from generate_series(0, ${n} - 1) i where i % 10 = 7`);
  const sampleClientId = await idOf("c0");
  await run(sql`drop function bench_uuid(text)`);
  await run(sql`analyze`);
  return { clients, organisationId, teamId, coach, lead, sampleClientId, sampleSurname: "virt" };
}
