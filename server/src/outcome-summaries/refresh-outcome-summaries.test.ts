import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { OutcomeSummary } from "../../../core/outcomes/types.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { queueStaleQuarters } from "./queue-stale-quarters.ts";
import { refreshOutcomeSummaries, STORED_QUARTERS } from "./refresh-outcome-summaries.ts";

/**
 * Stored team × quarter summaries: the triggers of migration 0008 queue a team when its figures
 * change, and one refresh brings its summaries up to date.
 */
describe("stored outcome summaries", () => {
  let t: TestApp;
  let orgId: string;
  let teamId: string;
  let author: string;
  const TODAY = "2025-05-20";

  before(async () => {
    t = await createTestApp();
    orgId = (await buildOrganisation(t.database)).id;
    teamId = (await buildTeam(t.database, orgId)).id;
    author = (await buildStaff(t.database, { organisationId: orgId, role: "coach", teamId })).id;
  });
  after(() => t.close());

  const stored = async (quarter: string) => {
    const row = await t.database.db
      .selectFrom("outcome_team_quarter")
      .select(["summary", "computed_at"])
      .where("team_id", "=", teamId)
      .where("quarter", "=", quarter)
      .where("rule_set_id", "=", "us_learning_community")
      .executeTakeFirst();
    return row ? (row.summary as OutcomeSummary) : null;
  };
  const episode = async (agreementDate: string, teams = [teamId]) => {
    const [built] = await buildEpisodes(t.database, orgId, author, [
      {
        referralDate: agreementDate,
        agreementDate,
        assignments: teams.map((id) => ({ teamId: id, validFrom: `${agreementDate}T09:00:00Z` })),
      },
    ]);
    return built as { clientId: string; episodeId: string };
  };
  const queued = async (db = t.database.db) =>
    (await db.selectFrom("outcome_refresh_queue").select("team_id").where("team_id", "=", teamId).execute())
      .length;

  test("a new episode queues its team; one refresh stores every quarter of five years for both rule sets", async () => {
    const { episodeId } = await episode("2025-02-03");
    assert.equal(await queued(), 1);
    const report = await refreshOutcomeSummaries(t.database, { teamIds: [teamId], today: TODAY });
    assert.equal(report.rows, STORED_QUARTERS * 2);
    assert.equal(await queued(), 0);
    const q1 = await stored("2025-Q1");
    assert.equal(q1?.caseloadDuringPeriod, 1);
    assert.equal(q1?.jobStarts, 0);
    assert.equal((await stored("2024-Q4"))?.caseloadDuringPeriod, 0);
    assert.ok(episodeId);
  });

  test("the refresher picks up a new job within one refresh", async () => {
    const { episodeId } = await episode("2025-01-10");
    await refreshOutcomeSummaries(t.database, { today: TODAY });
    assert.equal((await stored("2025-Q1"))?.jobStarts, 0);
    // The job reaches episode_facts through its trigger (0004), and episode_facts queues the team.
    const queuedInSameTransaction = await inTransaction(t.database, async (trx) => {
      const employer = await trx
        .insertInto("employer")
        .values({ organisation_id: orgId, name: "Job Oy", created_by: author })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("job")
        .values({
          episode_id: episodeId,
          employer_id: employer.id,
          title: "Assistant",
          start_date: "2025-03-03",
          hours_per_week: 20,
          hourly_wage: 13.5,
          contract_type: "open_ended",
          created_by: author,
        })
        .execute();
      return queued(trx);
    });
    assert.equal(queuedInSameTransaction, 1);
    await refreshOutcomeSummaries(t.database, { today: TODAY });
    const q1 = await stored("2025-Q1");
    assert.equal(q1?.jobStarts, 1);
    assert.equal(q1?.clientsIntoWork, 1);
    assert.equal(q1?.caseloadDuringPeriod, 2);
  });

  test("a work trial and a reassignment queue the teams concerned", async () => {
    const other = (await buildTeam(t.database, orgId)).id;
    const { episodeId } = await episode("2025-01-10");
    await refreshOutcomeSummaries(t.database, { today: TODAY });
    await refreshOutcomeSummaries(t.database, { teamIds: [other], today: TODAY });
    const employer = await t.database.db
      .insertInto("employer")
      .values({ organisation_id: orgId, name: "Trial Oy", created_by: author })
      .returning("id")
      .executeTakeFirstOrThrow();
    const trialQueued = await inTransaction(t.database, async (trx) => {
      await trx
        .insertInto("work_trial")
        .values({
          episode_id: episodeId,
          employer_id: employer.id,
          tasks: "x",
          start_date: "2025-02-01",
          created_by: author,
        })
        .execute();
      return queued(trx);
    });
    assert.equal(trialQueued, 1);
    await refreshOutcomeSummaries(t.database, { today: TODAY });
    assert.equal((await stored("2025-Q1"))?.workTrialStarts, 1);
    const moved = await inTransaction(t.database, async (trx) => {
      await trx
        .updateTable("episode_assignment")
        .set({ valid_to: new Date() })
        .where("episode_id", "=", episodeId)
        .where("valid_to", "is", null)
        .execute();
      await trx
        .insertInto("episode_assignment")
        .values({ episode_id: episodeId, ips_team_id: other, assigned_by: author })
        .execute();
      return trx
        .selectFrom("outcome_refresh_queue")
        .select("team_id")
        .where("team_id", "in", [teamId, other])
        .execute();
    });
    assert.deepEqual(moved.map((r) => r.team_id).sort(), [teamId, other].sort());
  });

  test("a quarter's end queues teams whose summaries were computed before it, once", async () => {
    await refreshOutcomeSummaries(t.database, { all: true, today: TODAY });
    assert.equal(await queueStaleQuarters(t.database.db, TODAY), 0);
    // As if the team's rows were computed on 31 March (Finnish time) and 2025-Q2 has begun since.
    await t.database.db
      .updateTable("outcome_team_quarter")
      .set({ computed_at: new Date("2025-03-31T20:00:00Z") })
      .where("team_id", "=", teamId)
      .execute();
    assert.equal(await queueStaleQuarters(t.database.db, "2025-03-31"), 0);
    assert.equal(await queueStaleQuarters(t.database.db, TODAY), 1);
    assert.equal(await queued(), 1);
    assert.equal(await queueStaleQuarters(t.database.db, TODAY), 0, "already queued");
    await refreshOutcomeSummaries(t.database, { today: TODAY });
    assert.equal(await queued(), 0);
    assert.equal(await queueStaleQuarters(t.database.db, TODAY), 0);
  });

  test("one statement that assigns two episodes to the same team queues it once (migration 0012)", async () => {
    await refreshOutcomeSummaries(t.database, { all: true, today: TODAY });
    const before = (await buildTeam(t.database, orgId)).id;
    const spec = {
      referralDate: "2025-04-01",
      agreementDate: "2025-04-02",
      assignments: [{ teamId: before, validFrom: "2025-04-01T08:00:00Z" }],
    };
    const built = await buildEpisodes(t.database, orgId, author, [spec, spec]);
    const episodeIds = built.map((b) => b.episodeId);
    await refreshOutcomeSummaries(t.database, { all: true, today: TODAY });
    await inTransaction(t.database, async (trx) => {
      await trx
        .updateTable("episode_assignment")
        .set({ valid_to: new Date() })
        .where("episode_id", "in", episodeIds)
        .execute();
      await trx
        .insertInto("episode_assignment")
        .values(episodeIds.map((id) => ({ episode_id: id, ips_team_id: teamId, assigned_by: author })))
        .execute();
    });
    assert.equal(await queued(), 1);
  });
});
