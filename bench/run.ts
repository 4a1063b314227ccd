/**
 * `npm run bench` (docs/performance.md): builds or reuses a generated dataset and measures the
 * outcome dashboards and the coach's daily pages through the API and as bare SQL, on PGlite and
 * on PostgreSQL (BENCH_DATABASE_URL's server, else a throwaway cluster). Numbers are for comparing
 * changes on one machine, never asserted in tests.
 *
 *   npm run bench -- --clients 1000,10000,100000 --years 5 --db postgresql [--explain]
 *   npm run bench -- --platform      the platform's hot paths (BENCH_DATABASE_URL optional)
 *   npm run bench -- --instances     audited reads and writes on two instances (ADR 0009)
 *   npm run bench -- --processes     the same with two server processes over HTTP
 * --instances and --processes need BENCH_DATABASE_URL (an empty, disposable PostgreSQL database).
 */
import { benchAuditConcurrency } from "./audit-concurrency.ts";
import { benchAuditProcesses } from "./audit-processes.ts";
import { stopBenchCluster } from "./databases.ts";
import { benchEnv } from "./env.ts";
import { parseBenchOptions } from "./options.ts";
import { runPlatformBench } from "./platform.ts";
import { runPagesBench } from "./run-pages.ts";

const url = process.env.BENCH_DATABASE_URL;
const args = process.argv.slice(2);
if (args.includes("--processes")) {
  // The same with each instance in its own server process, over HTTP.
  if (!url) throw new Error("--processes needs BENCH_DATABASE_URL (a disposable PostgreSQL database).");
  await benchAuditProcesses(url, benchEnv);
} else if (args.includes("--instances")) {
  // Audited reads and writes at 20 users on one and two instances of one PostgreSQL (ADR 0009).
  if (!url) throw new Error("--instances needs BENCH_DATABASE_URL (a disposable PostgreSQL database).");
  await benchAuditConcurrency(url, benchEnv);
} else if (args.includes("--platform")) {
  await runPlatformBench(url);
} else {
  const options = parseBenchOptions(args);
  try {
    await runPagesBench(options);
  } finally {
    stopBenchCluster();
  }
}
process.exit(0);
