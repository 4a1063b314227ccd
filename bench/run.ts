/**
 * `npm run bench`: throughput of the platform's hot paths on this machine. Runs on an in-memory
 * PGlite, or on PostgreSQL when BENCH_DATABASE_URL names a server database (it must be empty or
 * disposable). `-- --instances` measures audited reads and writes on two instances in this
 * process, `-- --processes` on two server processes over HTTP (both need BENCH_DATABASE_URL).
 * Numbers are for comparing changes on one machine, never asserted in tests.
 * `npm run bench -- --clients N` sizes the read-model population (bench/read-models.ts).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { recordAuditEvent } from "../server/src/audit/record-audit-event.ts";
import { sealAuditLog } from "../server/src/audit/seal-audit-log.ts";
import { verifyAuditChain } from "../server/src/audit/verify-audit-chain.ts";
import { buildServer } from "../server/src/composition.ts";
import { loadConfig } from "../server/src/platform/config.ts";
import { openDatabase } from "../server/src/platform/db/database.ts";
import { migrateToLatest } from "../server/src/platform/db/migrate.ts";
import { inTransaction } from "../server/src/platform/db/transaction.ts";
import { buildOrganisation, buildStaff } from "../server/src/platform/testing/factories.ts";
import { TestClient } from "../server/src/platform/testing/test-client.ts";
import { benchAuditConcurrency } from "./audit-concurrency.ts";
import { benchAuditProcesses } from "./audit-processes.ts";
import { clientsArg, runReadModelBench } from "./read-models.ts";

const url = process.env.BENCH_DATABASE_URL;
const benchEnv = {
  POLKU_PUBLIC_URL: "http://polku.test",
  POLKU_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
  LOG_LEVEL: "silent",
  POLKU_AUDIT_KEY: "bench-audit-key-bench-audit-key-bench-audit-key-0",
  POLKU_AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), "polku-bench-checkpoints-")),
};
if (process.argv.includes("--processes")) {
  // The same with each instance in its own server process, over HTTP.
  if (!url) throw new Error("--processes needs BENCH_DATABASE_URL (a disposable PostgreSQL database).");
  await benchAuditProcesses(url, benchEnv);
  process.exit(0);
}
if (process.argv.includes("--instances")) {
  // Audited reads and writes at 20 users on one and two instances of one PostgreSQL (ADR 0009).
  if (!url) throw new Error("--instances needs BENCH_DATABASE_URL (a disposable PostgreSQL database).");
  await benchAuditConcurrency(url, benchEnv);
  process.exit(0);
}
const database = await openDatabase(url ? { kind: "postgresql", url } : { kind: "pglite", dataDir: null });
await migrateToLatest(database.db);
const config = loadConfig(benchEnv);
const app = await buildServer({ config, database, webRoot: null, logger: false });

async function measure(
  name: string,
  total: number,
  concurrency: number,
  op: (i: number) => Promise<unknown>,
) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await op(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${name.padEnd(48)} ${String(total).padStart(6)} ops  ${(total / seconds).toFixed(0).padStart(6)} ops/s`,
  );
}

console.log(`Polku bench on ${database.kind} (${new Date().toISOString()})`);
const org = await buildOrganisation(database);
const admin = await buildStaff(database, { organisationId: org.id, role: "org_admin" });
const client = new TestClient(app);
await client.signIn(admin.email, admin.password);

await measure("GET /api/health", 2000, 8, () => client.get("/api/health"));
await measure("GET /api/me (session + actor)", 1000, 8, () => client.get("/api/me"));
await measure("GET teams (gate + audited read)", 1000, 8, () =>
  client.get(`/api/organisations/${org.id}/teams`),
);
await measure("POST teams (audited write)", 300, 8, (i) =>
  client.post(`/api/organisations/${org.id}/teams`, { name: `Bench team ${i}`, kind: "ips_team" }),
);
await measure("audit append, one per transaction", 2000, 4, () =>
  inTransaction(database, (trx) =>
    recordAuditEvent(trx, { eventType: "team.listed", actorUserId: admin.id, organisationId: org.id }),
  ),
);
const sealStarted = performance.now();
const sealed = await sealAuditLog(database, Buffer.from(benchEnv.POLKU_AUDIT_KEY));
console.log(`audit seal: ${sealed} entries in ${(performance.now() - sealStarted).toFixed(0)} ms`);
const started = performance.now();
const verdict = await verifyAuditChain(database.db, Buffer.from(benchEnv.POLKU_AUDIT_KEY), null);
console.log(
  `audit verify: ${verdict.entries} entries in ${(performance.now() - started).toFixed(0)} ms (ok=${verdict.ok})`,
);

await runReadModelBench(app, database, clientsArg(process.argv));

await app.close();
await database.close();
