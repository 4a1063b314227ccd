import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { phases } from "../../../core/episodes/phase.ts";
import { parseHenkilotunnus } from "../../../core/identity/henkilotunnus.ts";
import { parseYTunnus } from "../../../core/identity/y-tunnus.ts";
import { setPassword } from "../auth/user-credentials.ts";
import { phaseOn } from "../episodes/episode-facts.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { buildOrganisation, buildStaff, buildTeam, TEST_PASSWORD } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { BULK_TABLES } from "./bulk-load.ts";
import { DatabaseNotEmptyError, GenerateOptionsError } from "./check-options.ts";
import { generateDataset } from "./generate-dataset.ts";
import type { GenerateOptions, GenerateReport } from "./types.ts";
import { NATIONAL_NETWORK } from "./write-networks.ts";

const ANCHOR = "2026-09-30";
const OPTIONS: GenerateOptions = { clients: 300, years: 2, seed: 11, organisations: 2, anchor: ANCHOR };

const rows = async <T>(db: Database, query: ReturnType<typeof sql<T>>) => (await query.execute(db.db)).rows;
const one = async (db: Database, query: ReturnType<typeof sql<{ n: number }>>) =>
  Number((await rows(db, query))[0]?.n);

/** A digest of every row the generator writes, whole rows (no column is left to now() or chance). */
async function checksum(db: Database): Promise<string> {
  const tables = [...BULK_TABLES, "organisation"];
  const parts = tables.map((t) => `select '${t}' || t::text as r from ${t} t`).join(" union all ");
  const result = await rows(
    db,
    sql<{ digest: string }>`select md5(string_agg(r, '|' order by r)) as digest from (${sql.raw(parts)}) x`,
  );
  return result[0]?.digest ?? "";
}

describe("the synthetic dataset generator", { timeout: 600_000 }, () => {
  let t: TestApp;
  let report: GenerateReport;
  const progress: string[] = [];

  before(async () => {
    t = await createTestApp();
    report = await generateDataset(t.database, { ...OPTIONS, onProgress: (p) => progress.push(p.step) });
  });
  after(() => t.close());

  test("the same seed builds the same rows in another database", async () => {
    const other = await createTestDatabase();
    try {
      await generateDataset(other, OPTIONS);
      assert.equal(await checksum(other), await checksum(t.database));
    } finally {
      await other.close();
    }
  });

  test("it reports rows per table and every step, and records one audit event", async () => {
    assert.equal(report.counts.client, 300);
    assert.ok(
      (report.counts.activity ?? 0) > 5_000,
      "weekly contact over two years makes thousands of activities",
    );
    assert.deepEqual(report.organisationIds.length, 2);
    for (const step of ["plan", "clients and episodes", "activities", "outcome summaries", "done"]) {
      assert.ok(progress.includes(step), step);
    }
    const audit = await rows(
      t.database,
      sql<{
        details: { counts: Record<string, number> };
      }>`select details from audit_event where event_type = 'dataset.generated'`,
    );
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.details.counts.client, 300);
  });

  test("proportions follow Finnish IPS practice", async () => {
    const db = t.database;
    const rate = await rows(
      db,
      sql<{ num: number; den: number }>`select sum((summary->>'employedDuringPeriod')::int)::int as num,
        sum((summary->>'employmentDenominator')::int)::int as den from outcome_team_quarter
        where quarter = '2026-Q3' and rule_set_id = 'us_learning_community'`,
    );
    const employed = (rate[0]?.num ?? 0) / (rate[0]?.den ?? 1);
    assert.ok(
      employed > 0.2 && employed < 0.5,
      `about a third employed in the quarter (got ${employed.toFixed(2)})`,
    );
    const fte = await one(
      db,
      sql<{ n: number }>`select sum(fte)::float8 as n from membership where role = 'coach'`,
    );
    const open = await one(
      db,
      sql<{
        n: number;
      }>`select count(*)::int as n from episode where closure_date is null and referral_decision <> 'declined'`,
    );
    assert.ok(
      open / fte > 14 && open / fte < 24,
      `caseload near 20 per FTE (got ${(open / fte).toFixed(1)})`,
    );
    const visits = await one(
      db,
      sql<{ n: number }>`select count(*)::int as n from employer_contact
        where face_to_face and occurred_at > ${ANCHOR}::date - 364 and occurred_at < ${ANCHOR}::date`,
    );
    const perWeek = visits / fte / 52;
    assert.ok(
      perWeek > 4.5 && perWeek < 8,
      `about six face-to-face employer contacts a week (got ${perWeek.toFixed(1)})`,
    );
    const fteValues = await rows(
      db,
      sql<{ fte: string }>`select distinct fte::text as fte from membership where role = 'coach'`,
    );
    assert.ok(fteValues.length > 1, "not every coach works full time");
    const leads = await one(
      db,
      sql<{ n: number }>`select count(*)::int as n from membership where role = 'team_lead'`,
    );
    assert.equal(
      leads,
      await one(db, sql<{ n: number }>`select count(*)::int as n from team where kind = 'ips_team'`),
    );
  });

  test("episodes go through every phase, with re-referrals, reassignments, trials into jobs and parallel jobs", async () => {
    const db = t.database;
    const found = await rows(
      db,
      sql<{ phase: string }>`select distinct ${phaseOn("f", ANCHOR)} as phase from episode_facts f`,
    );
    const seen = new Set(found.map((p) => p.phase));
    // Studying is rare at this size; the demo caseload below has one.
    for (const phase of phases.filter((p) => p !== "studying")) {
      assert.ok(seen.has(phase), `some episode is ${phase}`);
    }
    const checks: Record<string, ReturnType<typeof sql<{ n: number }>>> = {
      "re-referrals link the earlier episode": sql`select count(*)::int as n from episode e join episode p on p.id = e.previous_episode_id and p.client_id = e.client_id and p.closure_date < e.referral_date`,
      "a coach change ends the first assignment": sql`select count(*)::int as n from episode_assignment a join episode_assignment b on b.episode_id = a.episode_id and b.valid_from = a.valid_to and b.coach_user_id <> a.coach_user_id`,
      "work trials turn into jobs": sql`select count(*)::int as n from job j join work_trial w on w.id = j.work_trial_id and w.employer_id = j.employer_id`,
      "some work two jobs at once": sql`select count(*)::int as n from job a join job b on b.episode_id = a.episode_id and b.id <> a.id and b.start_date > a.start_date and (a.end_date is null or b.start_date <= a.end_date)`,
      "jobs end for coded reasons": sql`select count(distinct end_reason)::int as n from job`,
      studies: sql`select count(*)::int as n from study`,
      "closures give coded reasons": sql`select count(distinct closure_reason)::int as n from episode`,
      "job development finds leads that hire": sql`select count(*)::int as n from job_lead_candidate c join job j on j.id = c.job_id where c.stage = 'hired'`,
      "appointments lie ahead": sql`select count(*)::int as n from appointment where status = 'scheduled' and starts_at > ${ANCHOR}::date`,
      "held appointments are documented": sql`select count(*)::int as n from appointment a join activity x on x.appointment_id = a.id where a.status = 'held'`,
    };
    for (const [what, query] of Object.entries(checks)) assert.ok((await one(db, query)) > 0, what);
    const lostWithoutOutreach = await one(
      db,
      sql<{ n: number }>`select count(*)::int as n from episode e where closure_reason = 'lost_contact'
        and (select count(*) from activity a where a.episode_id = e.id and a.type = 'outreach_attempt') < 3`,
    );
    assert.equal(lostWithoutOutreach, 0, "lost contact only after outreach (as the app requires)");
    const onWeekends = await one(
      db,
      sql<{ n: number }>`select count(*)::int as n from appointment
        where extract(isodow from starts_at at time zone 'Europe/Helsinki') in (6, 7)`,
    );
    assert.equal(onWeekends, 0, "appointments fall on working days");
  });

  test("every henkilötunnus is a valid temporary code and every Y-tunnus is valid", async () => {
    const codes = await rows(
      t.database,
      sql<{ h: string; born: string }>`select henkilotunnus as h, birth_date::text as born from client`,
    );
    assert.equal(codes.length, 300);
    assert.equal(new Set(codes.map((c) => c.h)).size, 300);
    for (const { h, born } of codes) {
      const parsed = parseHenkilotunnus(h, ANCHOR);
      assert.ok(parsed.valid && parsed.temporary && parsed.birthDate === born, h);
    }
    const ids = await rows(t.database, sql<{ b: string }>`select business_id as b from employer`);
    assert.ok(ids.length > 0);
    for (const { b } of ids) assert.ok(parseYTunnus(b).valid, b);
  });

  test("stored outcome summaries are current and networks hold every organisation", async () => {
    const db = t.database;
    const teams = await one(
      db,
      sql<{ n: number }>`select count(*)::int as n from team where kind = 'ips_team'`,
    );
    const summaries = await one(db, sql<{ n: number }>`select count(*)::int as n from outcome_team_quarter`);
    assert.equal(summaries, teams * 20 * 2, "20 quarters × 2 rule sets for every IPS team");
    const members = await one(
      db,
      sql<{
        n: number;
      }>`select count(*)::int as n from network_membership m join reporting_network n on n.id = m.network_id
        where n.name = ${NATIONAL_NETWORK} and m.ended_on is null`,
    );
    assert.equal(members, 2);
    assert.ok(report.networkIds.length >= 1);
  });

  test("a generated team lead opens the team's outcomes with a plausible employment rate", async () => {
    const lead = (
      await rows(
        t.database,
        sql<{ id: string; email: string; team: string; org: string }>`select u.id, u.email, m.team_id as team,
          m.organisation_id as org from membership m join "user" u on u.id = m.user_id where m.role = 'team_lead' order by u.email limit 1`,
      )
    )[0];
    assert.ok(lead);
    await inTransaction(t.database, (trx) => setPassword(trx, lead.id, TEST_PASSWORD));
    const client = t.client();
    await client.signIn(lead.email, TEST_PASSWORD);
    const response = await client.get(
      `/api/organisations/${lead.org}/teams/${lead.team}/outcomes?quarter=2026-Q3`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const dashboard = response.json() as OutcomeDashboard;
    const rate = dashboard.trend.at(-1)?.figures.employmentRate.rate ?? null;
    assert.ok(rate !== null && rate > 0.1 && rate < 0.7, `employment rate ${rate}`);
  });

  test("it refuses a database that already holds clients, and options out of range", async () => {
    await assert.rejects(generateDataset(t.database, OPTIONS), DatabaseNotEmptyError);
    await assert.rejects(generateDataset(t.database, { ...OPTIONS, clients: 5 }), GenerateOptionsError);
    await assert.rejects(
      generateDataset(t.database, { ...OPTIONS, anchor: "2026-02-30" }),
      GenerateOptionsError,
    );
  });
});

describe("generating into an existing team (the living demo)", { timeout: 300_000 }, () => {
  let db: Database;
  let into: { organisationId: string; ipsTeamId: string; treatmentTeamId: string; coachUserIds: string[] };
  before(async () => {
    db = await createTestDatabase();
    const organisationId = (await buildOrganisation(db)).id;
    const ipsTeamId = (await buildTeam(db, organisationId)).id;
    const treatmentTeamId = (await buildTeam(db, organisationId, "treatment_team")).id;
    const coaches = [];
    for (let i = 0; i < 2; i++)
      coaches.push((await buildStaff(db, { organisationId, role: "coach", teamId: ipsTeamId })).id);
    into = { organisationId, ipsTeamId, treatmentTeamId, coachUserIds: coaches };
    await generateDataset(db, { clients: 90, years: 3, seed: 3, organisations: 4, into });
  });
  after(() => db.close());

  test("the demo coach has an open caseload in every phase, in the given team", async () => {
    const today =
      (await rows(db, sql<{ d: string }>`select (now() at time zone 'Europe/Helsinki')::date::text as d`))[0]
        ?.d ?? "";
    const caseload = await rows(
      db,
      sql<{ phase: string; team: string }>`select ${phaseOn("f", today)} as phase, a.ips_team_id as team
        from episode_assignment a join episode_facts f on f.episode_id = a.episode_id
        where a.coach_user_id = ${into.coachUserIds[0]} and a.valid_to is null
          and f.closure_date is null and f.referral_decision <> 'declined'`,
    );
    assert.ok(caseload.length >= 15 && caseload.length <= 22, `caseload ${caseload.length}`);
    assert.ok(caseload.every((c) => c.team === into.ipsTeamId));
    const phases = new Set(caseload.map((c) => c.phase));
    for (const phase of [
      "referred",
      "engagement",
      "career_profile",
      "job_search",
      "working",
      "studying",
      "on_hold",
    ]) {
      assert.ok(phases.has(phase), `a client in ${phase}`);
    }
    const orgs = await one(db, sql<{ n: number }>`select count(*)::int as n from organisation`);
    assert.equal(orgs, 4, "the given organisation and three generated ones");
    const teams = await one(
      db,
      sql<{ n: number }>`select count(*)::int as n from team where organisation_id = ${into.organisationId}`,
    );
    assert.ok(teams >= 2, "no second copy of the given teams");
    const smallest = await one(
      db,
      sql<{
        n: number;
      }>`select min(n)::int as n from (select count(*) as n from client group by organisation_id) c`,
    );
    assert.ok(
      smallest < 10,
      `one small organisation, so network cells under 5 are withheld (got ${smallest})`,
    );
  });
});
