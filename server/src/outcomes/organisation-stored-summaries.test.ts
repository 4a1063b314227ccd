import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { suppressTable } from "../../../core/outcomes/suppression.ts";
import { type Actor, loadActor } from "../access/actor.ts";
import { organisationQuarterFigures } from "../outcome-summaries/organisation-quarter-figures.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { getOrganisationOutcomes } from "./get-organisation-outcomes.ts";
import { figuresView, trendOf } from "./outcome-figures.ts";
import { resolveOutcomeQuery } from "./outcome-query.ts";

/**
 * The organisation's page reads the stored team × quarter summaries (issue 9) and shows exactly
 * what computing it live from the episodes shows: same trend, same parts, same suppression. Only
 * a team × quarter without a stored row is computed live.
 */
describe("the organisation's page from stored summaries", { timeout: 110_000 }, () => {
  const TODAY = "2025-11-20";
  const query = { ruleSet: "us_learning_community" as const, quarter: "2025-Q3", quarters: 4 };
  let database: Database;
  let org: string;
  let teams: string[];
  let author: string;
  let evaluator: Actor;

  before(async () => {
    database = await createTestDatabase();
    org = (await buildOrganisation(database)).id;
    teams = [];
    for (let i = 0; i < 3; i++) teams.push((await buildTeam(database, org)).id);
    author = (await buildStaff(database, { organisationId: org, role: "org_admin" })).id;
    const person = await buildStaff(database, { organisationId: org, role: "evaluator" });
    evaluator = (await loadActor(database.db, person.id, "test")) as Actor;
    // 14, 9 and 6 clients over 2024–2025: agreements in different quarters, jobs (one ending,
    // one ending on its first day), studies, closures, a move between teams, a re-entry.
    for (const [t, clients] of [14, 9, 6].entries()) {
      const team = teams[t] as string;
      const other = teams[(t + 1) % 3] as string;
      const specs: EpisodeSpec[] = Array.from({ length: clients }, (_, n) => ({
        referralDate: "2024-08-01",
        agreementDate: ["2024-09-02", "2024-11-15", "2025-02-10", "2025-05-05", "2025-08-20"][
          n % 5
        ] as string,
        closureDate: n % 6 === 5 ? "2025-06-30" : null,
        assignments:
          n % 7 === 6
            ? [
                { teamId: team, validFrom: "2024-08-01T08:00:00Z" },
                { teamId: other, validFrom: "2025-04-15T08:00:00Z" },
              ]
            : [{ teamId: team, validFrom: "2024-08-01T08:00:00Z" }],
        jobs:
          n % 3 === 0
            ? [
                {
                  startDate: ["2024-12-01", "2025-03-03", "2025-07-14"][(n / 3) % 3] as string,
                  endDate: n % 9 === 0 ? "2025-08-31" : null,
                  hoursPerWeek: 20 + n,
                  hourlyWage: 12 + n / 2,
                },
                ...(n === 3 ? [{ startDate: "2025-07-01", endDate: "2025-07-01" }] : []),
              ]
            : [],
        studies: n % 5 === 1 ? [{ startDate: "2025-01-07" }] : [],
        workTrials: n % 4 === 2 ? [{ startDate: "2025-03-01", endDate: "2025-04-30" }] : [],
      }));
      const built = await buildEpisodes(database, org, author, specs);
      // Every fourth was in work when their service began: outside the IPS Grow denominator.
      const inWork = built.filter((_, n) => n % 4 === 3).map((b) => b.episodeId);
      await database.db
        .updateTable("episode")
        .set({ situation_at_start: "employed" })
        .where("id", "in", inWork)
        .execute();
    }
  });
  after(() => database.close());

  const page = () => getOrganisationOutcomes(database, evaluator, org, query, { today: TODAY, threshold: 5 });
  /** The page as computed live from every team's episodes (the page's code before stored summaries). */
  const livePage = () =>
    inTransaction(database, async (trx) => {
      const q = resolveOutcomeQuery(query, TODAY);
      const { trend, last } = await trendOf(trx, teams, q.trend, q.ruleSet, TODAY, { threshold: 5 });
      const ordered = (
        await trx
          .selectFrom("team")
          .select(["id", "name"])
          .where("organisation_id", "=", org)
          .where("kind", "=", "ips_team")
          .orderBy("name")
          .orderBy("id")
          .execute()
      ).map((t) => t.id);
      const views = ordered.map((id) =>
        figuresView(
          last.filter((f) => f.teamId === id),
          q.period,
          q.ruleSet,
          TODAY,
          5,
        ),
      );
      const table = suppressTable(views, trend[trend.length - 1]?.figures as (typeof trend)[0]["figures"], 5);
      return {
        trend: trend.map((entry, i) => (i === trend.length - 1 ? { ...entry, figures: table.total } : entry)),
        parts: table.parts.map((figures, i) => ({ id: ordered[i], figures })),
      };
    });
  const figuresOfPage = (p: OutcomeDashboard) => ({
    trend: p.trend,
    parts: p.parts.map((part) => ({ id: part.id, figures: part.figures })),
  });
  const liveCount = async () =>
    (
      await inTransaction(database, (trx) => {
        const q = resolveOutcomeQuery(query, TODAY);
        return organisationQuarterFigures(trx, org, teams, q.trend, q.ruleSet, TODAY);
      })
    ).live;

  test("before any refresh every team × quarter is computed live, and equals the live page", async () => {
    assert.equal(await liveCount(), 12);
    assert.deepEqual(figuresOfPage(await page()), await livePage());
  });

  test("after a refresh the page reads only stored rows, and its figures are still the live ones", async () => {
    await refreshOutcomeSummaries(database, { teamIds: teams, today: TODAY });
    assert.equal(await liveCount(), 0);
    const stored = await page();
    const live = await livePage();
    assert.deepEqual(figuresOfPage(stored), live);
    // The figures are not trivially empty: people are counted and something is withheld.
    assert.ok((stored.trend[3]?.figures.caseloadDuringPeriod.value ?? 0) >= 20);
    assert.ok(stored.parts.some((p) => p.figures.jobStarts.suppressed !== false));
    assert.equal(stored.ruleSet.id, "us_learning_community");
    assert.equal(typeof stored.ruleSet.version, "number");
  });

  test("a write shows once its team is refreshed; a team without stored rows is computed live", async () => {
    const before = await page();
    const team = teams[0] as string;
    await buildEpisodes(database, org, author, [
      {
        referralDate: "2025-07-01",
        agreementDate: "2025-07-02",
        assignments: [{ teamId: team, validFrom: "2025-07-01T08:00:00Z" }],
        jobs: [{ startDate: "2025-08-04" }],
      },
    ]);
    // Queued, but its stored rows still stand (as on the network page) until the refresher runs.
    assert.equal(await liveCount(), 0);
    assert.deepEqual(figuresOfPage(await page()), figuresOfPage(before));
    await refreshOutcomeSummaries(database, { teamIds: [team], today: TODAY });
    const after = await page();
    assert.deepEqual(figuresOfPage(after), await livePage());
    assert.equal(
      after.trend[3]?.figures.caseloadDuringPeriod.value,
      (before.trend[3]?.figures.caseloadDuringPeriod.value ?? 0) + 1,
    );
    // A new team has no stored rows: its quarters are computed live and the page still adds up.
    const newTeam = (await buildTeam(database, org)).id;
    teams.push(newTeam);
    await buildEpisodes(database, org, author, [
      {
        referralDate: "2025-04-01",
        agreementDate: "2025-04-02",
        assignments: [{ teamId: newTeam, validFrom: "2025-04-01T08:00:00Z" }],
        jobs: [{ startDate: "2025-05-05" }],
      },
    ]);
    assert.equal(await liveCount(), 4);
    assert.deepEqual(figuresOfPage(await page()), await livePage());
  });

  test("the IPS Grow rule set reads its own stored rows and equals its live figures", async () => {
    await refreshOutcomeSummaries(database, { teamIds: teams, today: TODAY });
    const grow = { ...query, ruleSet: "ips_grow_2024" as const };
    const stored = await getOrganisationOutcomes(database, evaluator, org, grow, {
      today: TODAY,
      threshold: 5,
    });
    const live = await inTransaction(database, async (trx) => {
      const q = resolveOutcomeQuery(grow, TODAY);
      return (await trendOf(trx, teams, q.trend, q.ruleSet, TODAY, { threshold: 5 })).trend;
    });
    assert.equal(stored.ruleSet.id, "ips_grow_2024");
    assert.deepEqual(
      stored.trend.slice(0, 3).map((e) => e.figures),
      live.slice(0, 3).map((e) => e.figures),
    );
  });
});
