/**
 * `node --import tsx bench/outcome-explain.ts --clients N` with BENCH_DATABASE_URL set to an
 * empty, disposable PostgreSQL database: builds the national population (bench/national-dataset.ts),
 * then prints the plans (EXPLAIN ANALYZE, BUFFERS) of the outcome loader's queries for one team
 * and one quarter, to check that a team's load reads only that team's rows (issue 9,
 * docs/performance.md). Plans and times are for reading, never asserted.
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { helsinkiDate } from "../core/time/dates.ts";
import { loadOutcomeFacts } from "../server/src/outcomes/load-outcome-facts.ts";
import { openDatabase } from "../server/src/platform/db/database.ts";
import { migrateToLatest } from "../server/src/platform/db/migrate.ts";
import type { DB } from "../server/src/platform/db/schema.ts";
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
await database.close();
