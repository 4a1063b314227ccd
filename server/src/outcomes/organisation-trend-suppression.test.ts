import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Actor, loadActor } from "../access/actor.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import type { Database } from "../platform/db/database.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes } from "../platform/testing/outcome-factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { getOrganisationOutcomes } from "./get-organisation-outcomes.ts";

/**
 * A quarter's total is withheld the same way wherever the organisation's page shows it: as the
 * chosen quarter (complementary suppression of the team table) and as an earlier point of a
 * longer trend. Two teams of 4 clients each: both cells are withheld, and a total of 8 would
 * give both away (each under 5, summing to 8, so each is 4).
 */
describe("the organisation's trend withholds what the quarter's table withholds", {
  timeout: 110_000,
}, () => {
  const TODAY = "2025-11-20";
  let database: Database;
  let org: string;
  let evaluator: Actor;

  before(async () => {
    database = await createTestDatabase();
    org = (await buildOrganisation(database)).id;
    const author = (await buildStaff(database, { organisationId: org, role: "org_admin" })).id;
    for (let t = 0; t < 2; t++) {
      const team = (await buildTeam(database, org)).id;
      await buildEpisodes(
        database,
        org,
        author,
        Array.from({ length: 4 }, () => ({
          referralDate: "2025-04-01",
          agreementDate: "2025-04-10",
          assignments: [{ teamId: team, validFrom: "2025-04-01T08:00:00Z" }],
        })),
      );
    }
    const person = await buildStaff(database, { organisationId: org, role: "evaluator" });
    evaluator = (await loadActor(database.db, person.id, "test")) as Actor;
  });
  after(() => database.close());

  const page = (quarter: string, quarters: number) =>
    getOrganisationOutcomes(
      database,
      evaluator,
      org,
      { ruleSet: "us_learning_community", quarter, quarters },
      { today: TODAY, threshold: 5 },
    );

  for (const stored of [false, true]) {
    test(stored ? "from stored summaries" : "computed live", async () => {
      if (stored) await refreshOutcomeSummaries(database, { all: true, today: TODAY });
      const alone = await page("2025-Q2", 1);
      const q2 = alone.trend.at(-1)?.figures;
      assert.deepEqual(
        alone.parts.map((p) => p.figures.caseloadDuringPeriod.suppressed),
        ["primary", "primary"],
        "both teams' 4 withheld",
      );
      assert.notEqual(q2?.caseloadDuringPeriod.suppressed, null, "and the total of 8 with them");
      const longer = await page("2025-Q3", 2);
      const q2InTrend = longer.trend.find((e) => e.period.label === "2025-Q2")?.figures;
      assert.deepEqual(
        q2InTrend?.caseloadDuringPeriod,
        q2?.caseloadDuringPeriod,
        "Q2's total, in both pages",
      );
      assert.deepEqual(q2InTrend, q2, "every Q2 figure withheld alike");
    });
  }
});
