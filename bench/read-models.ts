/**
 * The read-model benchmark (issue 8): the pages a coach and a team lead open daily, through the
 * HTTP app, on a national-size synthetic population (bench/national-dataset.ts). Prints the
 * median and 90th percentile server time of each. Never asserted in tests.
 *
 *   npm run bench -- --clients 100000       (default 2 000; on PostgreSQL with BENCH_DATABASE_URL)
 *   npm run bench -- --read-models-only --clients 100000
 */
import { performance } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import { helsinkiDate } from "../core/time/dates.ts";
import type { Database } from "../server/src/platform/db/database.ts";
import { TestClient } from "../server/src/platform/testing/test-client.ts";
import { buildNationalDataset } from "./national-dataset.ts";

/** `--clients N` from the command line, else the default. */
export function clientsArg(argv: string[], fallback = 2000): number {
  const at = argv.indexOf("--clients");
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 250) throw new Error("--clients needs a whole number >= 250");
  return value;
}

async function median(name: string, times: number, op: () => Promise<{ statusCode: number }>) {
  const took: number[] = [];
  for (let i = 0; i < times + 2; i++) {
    const started = performance.now();
    const res = await op();
    if (res.statusCode !== 200) throw new Error(`${name}: HTTP ${res.statusCode}`);
    if (i >= 2) took.push(performance.now() - started); // two warm-up rounds
  }
  took.sort((a, b) => a - b);
  const p = (q: number) =>
    (took[Math.min(took.length - 1, Math.floor(q * took.length))] ?? Number.NaN).toFixed(1);
  console.log(`${name.padEnd(48)} median ${p(0.5).padStart(8)} ms   p90 ${p(0.9).padStart(8)} ms`);
}

/** Builds the population into `database` (empty, migrated) and times the daily pages. */
export async function runReadModelBench(app: FastifyInstance, database: Database, clients: number) {
  const started = performance.now();
  const data = await buildNationalDataset(database, clients, helsinkiDate());
  console.log(
    `\nRead models: ${clients} clients built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const coach = new TestClient(app);
  await coach.signIn(data.coach.email, data.coach.password);
  const lead = new TestClient(app);
  await lead.signIn(data.lead.email, data.lead.password);
  const times = 20;
  // The floor every page stands on (session, actor, HTTP): compare the pages with it on a busy machine.
  await median("GET /api/me (baseline: no client data)", times, () => coach.get("/api/me"));
  await median("GET /api/caseload (coach's home)", times, () => coach.get("/api/caseload"));
  await median("GET /api/team-caseloads (team lead)", times, () => lead.get("/api/team-caseloads"));
  await median("GET /api/clients (client list)", times, () => coach.get("/api/clients"));
  await median("GET /api/clients?phase=working", times, () => coach.get("/api/clients?phase=working"));
  await median("GET /api/clients?q=… (search by name)", times, () =>
    coach.get(`/api/clients?q=${data.sampleSurname}`),
  );
  await median("GET /api/clients/:id (one client's record)", times, () =>
    coach.get(`/api/clients/${data.sampleClientId}`),
  );
}
