import { sql } from "kysely";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction, type Trx } from "../platform/db/transaction.ts";
import { beginBulkLoad } from "./bulk-load.ts";
import { checkGenerateOptions } from "./check-options.ts";
import { type PopulationPlan, planPopulation } from "./plan-population.ts";
import { createGeneratorFunctions, dropGeneratorFunctions, loadPlanTables } from "./plan-tables.ts";
import { refuseRealData } from "./refuse-real-data.ts";
import type { GenerateOptions, GenerateReport } from "./types.ts";
import { writeActivities, writeAppointments } from "./write-activities.ts";
import { writeEmployerContacts, writeJobLeads } from "./write-job-development.ts";
import { writeConsents, writeJourneys } from "./write-journey.ts";
import { writeNetworks } from "./write-networks.ts";
import { writePlans } from "./write-plans.ts";
import { GENERATOR_USER_ID, writeStructure } from "./write-structure.ts";

const SUMMARY_BATCH = 20;

type Counts = Record<string, number>;
type Step = { name: string; run: (trx: Trx, plan: PopulationPlan) => Promise<Counts | number> };

/**
 * Builds a deterministic synthetic population into a migrated database that holds no real data
 * (refuse-real-data.ts; see
 * types.ts for the options): planned in memory from the seed, written set-wise in one
 * transaction, then the stored outcome summaries are refreshed and the tables analysed.
 */
export async function generateDataset(database: Database, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const o = checkGenerateOptions(options, helsinkiDate());
  await refuseRealData(database.db, o.into);
  const steps: Step[] = [
    { name: "staff and employers", run: (trx, plan) => writeStructure(trx, plan, o.seed) },
    { name: "clients and episodes", run: (trx, plan) => writeJourneys(trx, plan) },
    { name: "consents", run: (trx, plan) => writeConsents(trx, plan.anchorIso) },
    { name: "plans", run: (trx, plan) => writePlans(trx, plan.anchorIso) },
    {
      name: "activities",
      run: async (trx, plan) => ({ activity: await writeActivities(trx, plan.anchorIso) }),
    },
    { name: "appointments", run: (trx, plan) => writeAppointments(trx, plan.anchorIso) },
    { name: "employer contacts", run: (trx, plan) => writeEmployerContacts(trx, plan.anchorIso) },
    { name: "job leads", run: (trx, plan) => writeJobLeads(trx, plan.anchorIso) },
  ];
  const total = steps.length + 8;
  const timings: { step: string; seconds: number }[] = [];
  const progress = (step: string, done: number) => options.onProgress?.({ step, done, total });
  const timed = async <T>(step: string, done: number, fn: () => Promise<T>): Promise<T> => {
    progress(step, done);
    const t = performance.now();
    const result = await fn();
    timings.push({ step, seconds: (performance.now() - t) / 1000 });
    return result;
  };

  const plan = await timed("plan", 0, async () => planPopulation(o));
  const counts: Counts = {};
  const add = (c: Counts | number, step: string) => {
    for (const [table, n] of Object.entries(typeof c === "number" ? { [step]: c } : c))
      counts[table] = (counts[table] ?? 0) + n;
  };
  const networkIds = await inTransaction(database, async (trx) => {
    await refuseRealData(trx, o.into, true);
    const bulk = await beginBulkLoad(trx);
    await createGeneratorFunctions(trx, o.seed);
    await timed("plan tables", 1, () => loadPlanTables(trx, plan, o.seed));
    for (const [i, step] of steps.entries())
      add(await timed(step.name, i + 2, () => step.run(trx, plan)), step.name);
    const networks = await timed("networks", steps.length + 2, () => writeNetworks(trx, plan, o.seed));
    counts.network_membership = networks.memberships;
    await timed("indexes", steps.length + 3, () => bulk.indexes());
    add(await timed("episode facts", steps.length + 4, () => refreshFacts(trx)), "episode facts");
    await dropGeneratorFunctions(trx);
    await timed("references checked", steps.length + 5, () => bulk.finish());
    await recordAuditEvent(trx, {
      eventType: "dataset.generated",
      actorUserId: GENERATOR_USER_ID,
      targetType: "dataset",
      targetId: String(o.seed),
      details: {
        seed: o.seed,
        years: o.years,
        clients: o.clients,
        organisations: o.organisations,
        anchor: o.anchor,
        counts,
      },
    });
    return networks.networkIds;
  });
  await timed("outcome summaries", steps.length + 6, async () => {
    const teamIds = plan.teams.map((t) => t.id);
    for (let i = 0; i < teamIds.length; i += SUMMARY_BATCH) {
      progress("outcome summaries", steps.length + 6 + i / teamIds.length);
      const report = await refreshOutcomeSummaries(database, {
        teamIds: teamIds.slice(i, i + SUMMARY_BATCH),
        today: o.anchor,
      });
      counts.outcome_team_quarter = (counts.outcome_team_quarter ?? 0) + report.rows;
    }
  });
  await timed("analyze", steps.length + 7, () => sql`analyze`.execute(database.db));
  progress("done", total);
  return {
    seconds: (performance.now() - started) / 1000,
    counts,
    organisationIds: plan.organisations.map((org) => org.id),
    networkIds,
    steps: timings,
  };
}

async function refreshFacts(trx: Trx): Promise<Counts> {
  await sql`select refresh_episode_facts(array(select id from gen_episode))`.execute(trx);
  return {
    episode_facts:
      (await sql<{ n: number }>`select count(*)::int as n from gen_episode`.execute(trx)).rows[0]?.n ?? 0,
  };
}
