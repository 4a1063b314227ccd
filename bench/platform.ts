/**
 * `npm run bench -- --platform`: throughput of the platform's hot paths (health, session, an
 * audited read and write, audit append, seal and verify) on an in-memory PGlite, or on
 * PostgreSQL when BENCH_DATABASE_URL names an empty, disposable database.
 */
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
import { benchEnv } from "./env.ts";

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

/** Runs the platform throughput bench and closes what it opened. */
export async function runPlatformBench(url: string | undefined): Promise<void> {
  const database = await openDatabase(url ? { kind: "postgresql", url } : { kind: "pglite", dataDir: null });
  await migrateToLatest(database.db);
  const app = await buildServer({ config: loadConfig(benchEnv), database, webRoot: null, logger: false });
  console.log(`Polku platform bench on ${database.kind} (${new Date().toISOString()})`);
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
  await app.close();
  await database.close();
}
