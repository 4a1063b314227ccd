import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { lastFullQuarter } from "../../../core/outcomes/periods.ts";
import { outcomeRuleSetIds } from "../../../core/outcomes/types.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { type Actor, loadActor } from "../access/actor.ts";
import { generateDataset } from "../generate/generate-dataset.ts";
import type { GenerateReport } from "../generate/types.ts";
import { getNetworkOutcomes } from "../networks/get-network-outcomes.ts";
import { getOrganisationOutcomes } from "../outcomes/get-organisation-outcomes.ts";
import type { Database } from "../platform/db/database.ts";
import { buildStaff } from "../platform/testing/factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { refreshOutcomeSummaries } from "./refresh-outcome-summaries.ts";

/**
 * The organisation and network pages read stored totals (migration 0021). On a generated
 * population they must answer exactly what merging the stored team rows gives (the pages' code
 * before the totals), byte for byte but for `asOf`, for every organisation and network, both rule
 * sets, eight quarters of trend; and no withheld cell may be recovered by subtracting the shown
 * cells from the shown total. 1 000 clients by default; POLKU_TOTALS_CLIENTS=10000 for the large run.
 */
const CLIENTS = Number(process.env.POLKU_TOTALS_CLIENTS ?? 1000);
const THRESHOLD = 5;

describe(`stored organisation and network totals, ${CLIENTS} generated clients`, {
  timeout: 3_600_000,
}, () => {
  let database: Database;
  let report: GenerateReport;
  const today = helsinkiDate();
  const evaluators = new Map<string, Actor>();
  let networkEvaluator: Actor;

  before(async () => {
    database = await createTestDatabase();
    report = await generateDataset(database, {
      clients: CLIENTS,
      years: 5,
      seed: 5,
      organisations: 4,
      anchor: today,
    });
    for (const organisationId of report.organisationIds) {
      const person = await buildStaff(database, { organisationId, role: "evaluator" });
      evaluators.set(organisationId, (await loadActor(database.db, person.id, "test")) as Actor);
    }
    const person = await buildStaff(database, {});
    await database.db
      .insertInto("network_evaluator")
      .values(report.networkIds.map((id) => ({ network_id: id, user_id: person.id, added_by: person.id })))
      .execute();
    networkEvaluator = (await loadActor(database.db, person.id, "test")) as Actor;
  });
  after(() => database.close());

  const pages = async () => {
    const out: Record<string, OutcomeDashboard> = {};
    for (const ruleSet of outcomeRuleSetIds) {
      const query = { ruleSet, quarter: lastFullQuarter(today), quarters: 8 };
      for (const [id, actor] of evaluators)
        out[`org ${id} ${ruleSet}`] = await getOrganisationOutcomes(database, actor, id, query, {
          today,
          threshold: THRESHOLD,
        });
      for (const id of report.networkIds)
        out[`network ${id} ${ruleSet}`] = await getNetworkOutcomes(
          database,
          networkEvaluator,
          id,
          query,
          THRESHOLD,
        );
    }
    return out;
  };
  const withoutAsOf = (page: OutcomeDashboard) => JSON.stringify({ ...page, asOf: "" });

  test("every organisation and network page equals the merge of the team rows, byte for byte", async () => {
    const totals = await database.db
      .selectFrom("outcome_network_quarter")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    assert.ok(Number(totals.n) > 0, "the generator's refresh stored network totals");
    const stored = await pages();
    // Without the totals and the teams' stored figures the pages merge the team rows' samples.
    await database.db.deleteFrom("outcome_network_quarter").execute();
    await database.db.deleteFrom("outcome_org_quarter").execute();
    await database.db.updateTable("outcome_team_quarter").set({ figures: null }).execute();
    const merged = await pages();
    assert.deepEqual(Object.keys(stored), Object.keys(merged));
    for (const key of Object.keys(stored))
      assert.equal(
        withoutAsOf(stored[key] as OutcomeDashboard),
        withoutAsOf(merged[key] as OutcomeDashboard),
        key,
      );
    // The refresher puts the totals back.
    await refreshOutcomeSummaries(database, { today });
    const again = await database.db
      .selectFrom("outcome_network_quarter")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    assert.equal(again.n, totals.n);
  });

  test("no withheld cell can be recovered by subtracting the shown cells from the shown total", async () => {
    let withheld = 0;
    for (const [key, page] of Object.entries(await pages())) {
      const total = page.trend.at(-1)?.figures;
      assert.ok(total, key);
      for (const metric of [
        "caseloadDuringPeriod",
        "clientsIntoWork",
        "jobStarts",
        "workingAtEnd",
      ] as const) {
        if (total[metric].value === null) continue;
        const hidden = page.parts.filter((p) => p.figures[metric].value === null);
        withheld += hidden.length;
        assert.notEqual(hidden.length, 1, `${key} ${metric}: one withheld part under a shown total`);
        // Two or more withheld: their sum is known, each of them must not be.
        if (hidden.length >= 2) {
          const shown = page.parts.reduce((n, p) => n + (p.figures[metric].value ?? 0), 0);
          assert.ok((total[metric].value as number) - shown >= 0, `${key} ${metric}`);
        }
      }
    }
    assert.ok(withheld > 0, "the generated population has small cells to withhold");
  });
});
