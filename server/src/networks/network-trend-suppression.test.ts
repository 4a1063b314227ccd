import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { type Actor, loadActor } from "../access/actor.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import type { Database } from "../platform/db/database.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes } from "../platform/testing/outcome-factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { getNetworkOutcomes } from "./get-network-outcomes.ts";

/**
 * A network quarter's total is withheld the same way wherever the page shows it: as the chosen
 * quarter (complementary suppression of the organisation table) and as an earlier point of a
 * longer trend. Two member organisations of 4 clients each: an evaluator, who may see neither
 * organisation, must not learn from a total of 8 that each has 4.
 */
describe("the network's trend withholds what the quarter's table withholds", { timeout: 110_000 }, () => {
  let database: Database;
  let networkId: string;
  let evaluator: Actor;

  before(async () => {
    database = await createTestDatabase();
    const admin = (await buildStaff(database, { platformAdmin: true })).id;
    networkId = randomUUID();
    await sql`insert into reporting_network (id, name, kind, created_by)
      values (${networkId}, 'Alue', 'region', ${admin})`.execute(database.db);
    for (let o = 0; o < 2; o++) {
      const org = (await buildOrganisation(database)).id;
      const author = (await buildStaff(database, { organisationId: org, role: "org_admin" })).id;
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
      await sql`insert into network_membership (network_id, organisation_id, agreed_on, agreed_by)
        values (${networkId}, ${org}, '2025-01-01', ${author})`.execute(database.db);
    }
    const person = await buildStaff(database, {});
    await sql`insert into network_evaluator (network_id, user_id, added_by)
      values (${networkId}, ${person.id}, ${admin})`.execute(database.db);
    evaluator = (await loadActor(database.db, person.id, "test")) as Actor;
    await refreshOutcomeSummaries(database, { all: true, today: helsinkiDate() });
  });
  after(() => database.close());

  const page = (quarter: string, quarters: number) =>
    getNetworkOutcomes(
      database,
      evaluator,
      networkId,
      { ruleSet: "us_learning_community", quarter, quarters },
      5,
    );

  test("as the chosen quarter and as an earlier point of the trend", async () => {
    const alone = await page("2025-Q2", 1);
    assert.deepEqual(
      alone.parts.map((p) => p.figures.caseloadDuringPeriod.suppressed),
      ["primary", "primary"],
      "both organisations' 4 withheld",
    );
    const q2 = alone.trend.at(-1)?.figures;
    assert.notEqual(q2?.caseloadDuringPeriod.suppressed, false, "and the total of 8 with them");
    const longer = await page("2025-Q3", 2);
    assert.deepEqual(longer.trend.find((e) => e.period.label === "2025-Q2")?.figures, q2);
  });
});
