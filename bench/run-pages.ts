/**
 * The page bench (issue 9): for each database and dataset size, every page of bench/pages.ts
 * through the API and as bare SQL, then all of them at once by `users` signed-in people.
 * Writes bench/results/<date>-<db>.json and prints one table per database, a column per size.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { helsinkiDate } from "../core/time/dates.ts";
import { type Actor, loadActor } from "../server/src/access/actor.ts";
import { buildServer } from "../server/src/composition.ts";
import { refreshOutcomeSummaries } from "../server/src/outcome-summaries/refresh-outcome-summaries.ts";
import { loadConfig } from "../server/src/platform/config.ts";
import type { Database } from "../server/src/platform/db/database.ts";
import { inTransaction } from "../server/src/platform/db/transaction.ts";
import { TestClient } from "../server/src/platform/testing/test-client.ts";
import { openBenchDatabase } from "./databases.ts";
import { BENCH_PASSWORD, type BenchDataset, datasetKey, prepareDataset } from "./dataset.ts";
import { benchEnv } from "./env.ts";
import { explainDailyQueries } from "./explain.ts";
import { alternating, concurrent, sequential, type Timing, timed } from "./measure.ts";
import type { BenchDb, BenchOptions } from "./options.ts";
import { benchPages, type Page, type Role, type Subject } from "./pages.ts";

type PageResult = {
  name: string;
  role: Role;
  api: Timing;
  bare: Timing;
  ratio: number;
  concurrent: Timing | null;
};
type SizeResult = {
  dataset: Omit<BenchDataset, "coaches">;
  reused: boolean;
  /** GET /api/me: session, actor and HTTP without client data. */
  floor: Timing;
  where: string;
  pages: PageResult[];
  concurrent: { users: number; requests: number; seconds: number; all: Timing };
  load: { before: number[]; after: number[] };
};

/** Runs the page bench on every database and size asked for. */
export async function runPagesBench(options: BenchOptions): Promise<void> {
  for (const db of options.dbs) {
    const sizes: SizeResult[] = [];
    let version = "";
    for (const clients of options.clients) {
      const spec = { clients, years: options.years, seed: options.seed, users: options.users };
      const opened = await openBenchDatabase(db, datasetKey(spec), options.reuse);
      try {
        version =
          (await sql<{ v: string }>`select version() as v`.execute(opened.database.db)).rows[0]?.v ?? "";
        console.log(
          `\n${db}: ${clients} clients, ${options.years} years (${opened.fresh ? "building" : "reusing"} ${opened.where})`,
        );
        const dataset = await prepareDataset(opened.database, spec, opened.fresh);
        if (opened.fresh) console.log(`  built in ${dataset.buildSeconds.toFixed(0)} s`);
        sizes.push(await measureSize(opened.database, dataset, options, !opened.fresh, opened.where));
        if (options.explain && opened.url && clients === Math.max(...options.clients))
          await explainDailyQueries(opened.url, dataset, helsinkiDate());
      } finally {
        await opened.database.close();
      }
    }
    printTable(db, sizes);
    writeResults(db, version, options, sizes);
  }
}

async function measureSize(
  database: Database,
  dataset: BenchDataset,
  options: BenchOptions,
  reused: boolean,
  where: string,
): Promise<SizeResult> {
  const before = loadavg();
  const today = helsinkiDate();
  // Steady state: the last run's writes left the bench team queued; refresh it as the server would.
  await refreshOutcomeSummaries(database);
  const app = await buildServer({ config: loadConfig(benchEnv), database, webRoot: null, logger: false });
  try {
    const people: Record<Role, { id: string; email: string }> = {
      networkEvaluator: dataset.networkEvaluator,
      orgEvaluator: dataset.orgEvaluator,
      orgAdmin: dataset.orgAdmin,
      lead: dataset.lead,
      coach: dataset.coach,
    };
    const clients = new Map<Role, TestClient>();
    const actors = new Map<Role, Actor>();
    for (const [role, person] of Object.entries(people) as Array<[Role, { id: string; email: string }]>) {
      const client = new TestClient(app);
      await client.signIn(person.email, BENCH_PASSWORD);
      clients.set(role, client);
      actors.set(role, (await loadActor(database.db, person.id, "bench")) as Actor);
    }
    // The floor every request stands on: session, actor and HTTP, no client data.
    const floor = await sequential(options.rounds, () => (clients.get("coach") as TestClient).get("/api/me"));
    console.log(`  ${"GET /api/me (the floor)".padEnd(36)} API ${fmt(floor)}`);
    const subject: Subject = { clientId: dataset.clientId, namePrefix: dataset.namePrefix };
    const pages = benchPages(dataset, today);
    const results: PageResult[] = [];
    for (const page of pages) {
      const client = clients.get(page.role) as TestClient;
      const actor = actors.get(page.role) as Actor;
      const [api, bare] = await alternating(
        options.rounds,
        () => expectOk(page, page.api(client, subject)),
        () => inTransaction(database, (trx) => page.bare(trx, actor, subject)),
      );
      results.push({
        name: page.name,
        role: page.role,
        api,
        bare,
        ratio: ratio(api, bare),
        concurrent: null,
      });
      console.log(`  ${page.name.padEnd(36)} API ${fmt(api)}  bare SQL ${fmt(bare)}  ×${ratio(api, bare)}`);
    }
    const run = await concurrentRun(app, dataset, pages, clients, options);
    for (const r of results) r.concurrent = run.byLabel.get(r.name) ?? null;
    console.log(
      `  ${options.users} users at once: ${run.requests} requests in ${run.seconds.toFixed(1)} s, p50 ${run.all.p50} ms, p95 ${run.all.p95} ms`,
    );
    const { coaches: _coaches, ...kept } = dataset;
    return {
      dataset: kept,
      reused,
      floor,
      where,
      pages: results,
      concurrent: { users: options.users, requests: run.requests, seconds: run.seconds, all: run.all },
      load: { before, after: loadavg() },
    };
  } finally {
    await app.close();
  }
}

/**
 * `users` people at once, each going round the pages of their role `rounds / 2` times: the
 * network evaluator, an organisation evaluator and the team lead on their dashboards, the rest
 * coaches of the bench's organisation on their own caseloads (a client of their own for the timeline and
 * the write).
 */
async function concurrentRun(
  app: Awaited<ReturnType<typeof buildServer>>,
  dataset: BenchDataset,
  pages: Page[],
  signedIn: Map<Role, TestClient>,
  options: BenchOptions,
) {
  const laps = Math.max(1, Math.floor(options.rounds / 2));
  const roles: Role[] = ["networkEvaluator", "orgEvaluator", "lead"];
  const workers: Array<() => Promise<Array<[string, number]>>> = [];
  const lap = (client: TestClient, role: Role, subject: Subject) => async () => {
    const samples: Array<[string, number]> = [];
    for (let i = 0; i < laps; i++)
      for (const page of pages.filter((p) => p.role === role)) {
        const [, ms] = await timed(() => expectOk(page, page.api(client, subject)));
        samples.push([page.name, ms]);
      }
    return samples;
  };
  const own: Subject = { clientId: dataset.clientId, namePrefix: dataset.namePrefix };
  for (const role of roles.slice(0, options.users))
    workers.push(lap(signedIn.get(role) as TestClient, role, own));
  const coaches = dataset.coaches.slice(0, Math.max(0, options.users - roles.length));
  for (const coach of coaches) {
    const client = new TestClient(app);
    await client.signIn(coach.email, BENCH_PASSWORD);
    const caseload = (await client.get("/api/caseload")).json() as { clients: Array<{ clientId: string }> };
    const clientId = caseload.clients[0]?.clientId ?? dataset.clientId;
    workers.push(lap(client, "coach", { clientId, namePrefix: dataset.namePrefix }));
  }
  const run = await concurrent(workers);
  return { ...run, requests: run.all.n };
}

async function expectOk(page: Page, response: Promise<{ statusCode: number; body: string }>) {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`${page.name}: HTTP ${r.statusCode} ${r.body.slice(0, 200)}`);
  return r;
}

const ratio = (api: Timing, bare: Timing) => Math.round((api.p50 / bare.p50) * 10) / 10;
const fmt = (t: Timing) => `p50 ${String(t.p50).padStart(7)} ms p95 ${String(t.p95).padStart(7)} ms`;

function printTable(db: BenchDb, sizes: SizeResult[]) {
  const header = [
    "page",
    ...sizes.map(
      (s) => `${s.dataset.clients} clients: API / SQL ms (×ratio), p95 at ${s.concurrent.users} users`,
    ),
  ];
  const names = [...new Set(sizes.flatMap((s) => s.pages.map((p) => p.name)))];
  const rows = names.map((name) => [
    name,
    ...sizes.map((s) => {
      const r = s.pages.find((p) => p.name === name);
      return r ? `${r.api.p50} / ${r.bare.p50} (×${r.ratio}), ${r.concurrent?.p95 ?? "-"}` : "-";
    }),
  ]);
  rows.unshift(["GET /api/me (the floor, API only)", ...sizes.map((s) => `${s.floor.p50}`)]);
  rows.push([
    "all at once: p50 / p95",
    ...sizes.map((s) => `${s.concurrent.all.p50} / ${s.concurrent.all.p95}`),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] as number)).join(" | ")} |`;
  console.log(
    `\n${db}, ${sizes[0]?.dataset.years} years of history (medians of sequential requests; p95 under concurrency)`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

/**
 * One file per day and database. A later run that day replaces the sizes it measured and keeps
 * the others (each size records its own options and time), so `--clients 100000` after
 * `--clients 1000,10000` leaves all three side by side.
 */
function writeResults(db: BenchDb, version: string, options: BenchOptions, sizes: SizeResult[]) {
  const dir = join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${helsinkiDate()}-${db}.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", node: process.version };
  const measuredAt = new Date().toISOString();
  const measured = sizes.map((size) => ({ ...size, measuredAt, options }));
  const earlier: typeof measured = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as { sizes: typeof measured }).sizes
    : [];
  const kept = earlier.filter((e) => !sizes.some((s) => s.dataset.clients === e.dataset.clients));
  const all = [...kept, ...measured].sort((a, b) => a.dataset.clients - b.dataset.clients);
  writeFileSync(file, `${JSON.stringify({ db, version, machine, sizes: all }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}
