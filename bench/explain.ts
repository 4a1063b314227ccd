/**
 * `npm run bench -- --db postgresql --explain`: the plans of every page's bare SQL (bench/pages.ts)
 * on the largest dataset, so that a scan of what the whole database holds shows up. Each
 * statement is captured as the page's query functions send it, then run again under
 * EXPLAIN (ANALYZE, BUFFERS) inside a transaction that is rolled back. Printed, never asserted.
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type Actor, loadActor } from "../server/src/access/actor.ts";
import type { DB } from "../server/src/platform/db/schema.ts";
import type { BenchDataset } from "./dataset.ts";
import { benchPages, type Role } from "./pages.ts";

/** Prints, per page and statement, its time, the scans it makes and any sequential scan. */
export async function explainDailyQueries(url: string, dataset: BenchDataset, today: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  let captured: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  const spy = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query")
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const ids: Record<Role, string> = {
    networkEvaluator: dataset.networkEvaluator.id,
    orgEvaluator: dataset.orgEvaluator.id,
    orgAdmin: dataset.orgAdmin.id,
    lead: dataset.lead.id,
    coach: dataset.coach.id,
  };
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the bare SQL, ${dataset.clients} clients`);
  try {
    for (const page of benchPages(dataset, today)) {
      const actor = (await loadActor(spy, ids[page.role], "bench")) as Actor;
      captured = [];
      await spy.transaction().execute((trx) => page.bare(trx, actor, dataset));
      console.log(`\n${page.name}: ${captured.length} statements`);
      const client = await pool.connect();
      try {
        await client.query("begin");
        // Statements only: the transaction's own begin and commit have no plan.
        for (const query of captured.filter((q) => /^\s*(select|insert|update|delete|with)\b/i.test(q.sql))) {
          const plan = (
            await client.query(`explain (analyze, buffers) ${query.sql}`, query.parameters as unknown[])
          ).rows.map((r) => String(r["QUERY PLAN"]));
          const time =
            plan.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "";
          const scans = plan
            .filter((l) => /Scan on|Scan using/.test(l))
            .map((l) => l.trim().replace(/\s+\(cost=[^)]*\)/, ""));
          console.log(`  ${time.padStart(12)}  ${query.sql.replace(/\s+/g, " ").slice(0, 110)}`);
          for (const scan of scans)
            console.log(`      ${scan.includes("Seq Scan") ? "SEQ " : ""}${scan.slice(0, 150)}`);
        }
      } finally {
        await client.query("rollback");
        client.release();
      }
    }
  } finally {
    await spy.destroy();
  }
}
