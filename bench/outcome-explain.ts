/**
 * `node --import tsx bench/outcome-explain.ts --clients N` with BENCH_DATABASE_URL set to an
 * empty, disposable PostgreSQL database: builds the national population (bench/national-dataset.ts),
 * then prints the plans (EXPLAIN ANALYZE, BUFFERS) of the outcome loader's queries for one team
 * and one quarter, to check that a team's load reads only that team's rows (issue 9,
 * docs/performance.md), then times the team and organisation dashboards through the HTTP app
 * (median of 20 after two warm-ups). Plans and times are for reading, never asserted.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { helsinkiDate } from "../core/time/dates.ts";
import { buildServer } from "../server/src/composition.ts";
import { loadOutcomeFacts } from "../server/src/outcomes/load-outcome-facts.ts";
import { loadConfig } from "../server/src/platform/config.ts";
import { openDatabase } from "../server/src/platform/db/database.ts";
import { migrateToLatest } from "../server/src/platform/db/migrate.ts";
import type { DB } from "../server/src/platform/db/schema.ts";
import { buildStaff } from "../server/src/platform/testing/factories.ts";
import { TestClient } from "../server/src/platform/testing/test-client.ts";
import { buildNationalDataset } from "./national-dataset.ts";
import { clientsArg } from "./read-models.ts";

const url = process.env.BENCH_DATABASE_URL;
if (!url)
  throw new Error("bench/outcome-explain.ts needs BENCH_DATABASE_URL (a disposable PostgreSQL database).");
const clients = clientsArg(process.argv);
const database = await openDatabase({ kind: "postgresql", url });
await migrateToLatest(database.db);
const today = helsinkiDate();
const started = Date.now();
const data = await buildNationalDataset(database, clients, today);
await sql`analyze`.execute(database.db);
console.log(`${clients} clients built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The quarter before the current one, as lastFullQuarter names it.
const [year, month] = today.split("-").map(Number) as [number, number];
const current = Math.floor((month - 1) / 3);
const y = current === 0 ? year - 1 : year;
const q = current === 0 ? 3 : current - 1;
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = new Date(Date.UTC(y, q * 3 + 3, 0)).getUTCDate();
const period = {
  from: `${y}-${pad(q * 3 + 1)}-01`,
  to: `${y}-${pad(q * 3 + 3)}-${lastDay}`,
  label: `${y}-Q${q + 1}`,
};

// The loader's statements as it sends them, then each one explained with its parameters.
const pool = new pg.Pool({ connectionString: url, max: 2 });
const captured: Array<{ sql: string; parameters: readonly unknown[] }> = [];
const spy = new Kysely<DB>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === "query") captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  },
});
const timed = Date.now();
const facts = await loadOutcomeFacts(spy, [data.teamId], period, today);
console.log(
  `loadOutcomeFacts(team 0, ${period.label}): ${facts.length} episodes in ${Date.now() - timed} ms`,
);
for (const query of captured) {
  const plan = await pool.query(`explain (analyze, buffers) ${query.sql}`, query.parameters as unknown[]);
  console.log(`\n${query.sql.replace(/\s+/g, " ").slice(0, 160)}…`);
  for (const row of plan.rows) console.log(`  ${row["QUERY PLAN"]}`);
}
await spy.destroy();

// The dashboards through the HTTP app: the team lead's team, the organisation's admin.
const app = await buildServer({
  config: loadConfig({
    POLKU_PUBLIC_URL: "http://polku.test",
    POLKU_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
    LOG_LEVEL: "silent",
    POLKU_AUDIT_KEY: "bench-audit-key-bench-audit-key-bench-audit-key-0",
    POLKU_AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), "polku-bench-checkpoints-")),
  }),
  database,
  webRoot: null,
  logger: false,
});
const lead = new TestClient(app);
await lead.signIn(data.lead.email, data.lead.password);
const adminPerson = await buildStaff(database, { organisationId: data.organisationId, role: "org_admin" });
const admin = new TestClient(app);
await admin.signIn(adminPerson.email, adminPerson.password);
const base = `/api/organisations/${data.organisationId}`;
async function median(name: string, op: () => Promise<{ statusCode: number }>) {
  const took: number[] = [];
  for (let i = 0; i < 22; i++) {
    const started = performance.now();
    const response = await op();
    if (response.statusCode !== 200) throw new Error(`${name}: HTTP ${response.statusCode}`);
    if (i >= 2) took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  console.log(`${name.padEnd(56)} median ${(took[10] ?? 0).toFixed(1).padStart(8)} ms`);
}
await median("GET /api/me (baseline)", () => lead.get("/api/me"));
for (const quarters of [1, 4]) {
  await median(`team dashboard, ${quarters} quarter(s)`, () =>
    lead.get(`${base}/teams/${data.teamId}/outcomes?quarters=${quarters}`),
  );
  await median(`organisation dashboard (${Math.min(clients, 5000)} clients), ${quarters} quarter(s)`, () =>
    admin.get(`${base}/outcomes?quarters=${quarters}`),
  );
}
await app.close();
await database.close();
