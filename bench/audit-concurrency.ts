/**
 * `npm run bench -- --instances`: audited reads and writes at 20 concurrent users, served by one
 * and by two Polku instances on one PostgreSQL (BENCH_DATABASE_URL). Each instance has its own
 * connection pool, as separate processes would; requests go to the instances in turn. This is
 * the case the audit chain's global lock serialised (issue 8, ADR 0009).
 */
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { activityBody } from "../server/src/activities/activity-test-setup.ts";
import { buildServer } from "../server/src/composition.ts";
import { loadConfig } from "../server/src/platform/config.ts";
import { type Database, openDatabase } from "../server/src/platform/db/database.ts";
import { migrateToLatest } from "../server/src/platform/db/migrate.ts";
import { buildClientWithConsent } from "../server/src/platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../server/src/platform/testing/factories.ts";
import { TestClient } from "../server/src/platform/testing/test-client.ts";

const USERS = 20;
const READS = 3000;
const WRITES = 1200;

type Instance = Awaited<ReturnType<typeof buildServer>>;

export async function benchAuditConcurrency(url: string, env: Record<string, string>): Promise<void> {
  const databases = [
    await openDatabase({ kind: "postgresql", url }),
    await openDatabase({ kind: "postgresql", url }),
  ];
  await migrateToLatest((databases[0] as (typeof databases)[0]).db);
  const config = loadConfig({ ...env, POLKU_SIGN_IN_ATTEMPTS_PER_MINUTE: "1000" });
  const instances: Instance[] = [];
  for (const database of databases) {
    instances.push(await buildServer({ config, database, webRoot: null, logger: false }));
  }
  const watcher = await openDatabase({ kind: "postgresql", url, poolSize: 1 });
  const main = databases[0] as (typeof databases)[0];
  const org = await buildOrganisation(main);
  const team = await buildTeam(main, org.id);
  const coach = await buildStaff(main, { organisationId: org.id, role: "coach", teamId: team.id });
  const clients: string[] = [];
  for (let i = 0; i < USERS; i++) {
    clients.push(
      (
        await buildClientWithConsent(main, {
          organisationId: org.id,
          ipsTeamId: team.id,
          coachUserId: coach.id,
        })
      ).clientId,
    );
  }

  for (const count of [1, 2]) {
    const users: TestClient[] = [];
    for (let i = 0; i < USERS; i++) {
      const user = new TestClient(instances[i % count] as Instance);
      await user.signIn(coach.email, coach.password);
      users.push(user);
    }
    await run(
      `audited read, GET activities, ${USERS} users, ${count} inst.`,
      READS,
      users,
      (u, i) => u.get(`/api/clients/${clients[i % USERS]}/activities`),
      watcher,
    );
    await run(
      `audited write, POST activity, ${USERS} users, ${count} inst.`,
      WRITES,
      users,
      (u, i) => u.post(`/api/clients/${clients[i % USERS]}/activities`, activityBody()),
      watcher,
    );
  }
  await watcher.close();
  for (const instance of instances) await instance.close();
  for (const database of databases) await database.close();
}

async function run(
  name: string,
  total: number,
  users: TestClient[],
  op: (user: TestClient, i: number) => Promise<{ statusCode: number }>,
  watcher: Database,
) {
  let next = 0;
  let failed = 0;
  const started = performance.now();
  // Sample the database sessions while the load runs: how many are active, and how many of them
  // wait on an advisory lock (the old audit chain lock) or any other lock.
  const samples: Array<{ active: number; waiting: number }> = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await sql<{ active: number; waiting: number }>`
        select count(*) filter (where state = 'active')::int as active,
               count(*) filter (where state = 'active' and wait_event_type = 'Lock')::int as waiting
        from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
        watcher.db,
      );
      if (rows[0]) samples.push(rows[0]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await Promise.all(
    users.map(async (user) => {
      while (next < total) {
        const response = await op(user, next++);
        if (response.statusCode >= 300) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  const mean = (k: "active" | "waiting") => samples.reduce((sum, x) => sum + x[k], 0) / (samples.length || 1);
  console.log(
    `${name.padEnd(48)} ${String(total).padStart(6)} ops  ${(total / seconds).toFixed(0).padStart(6)} ops/s` +
      `  sessions active ${mean("active").toFixed(1)}, waiting on a lock ${mean("waiting").toFixed(1)}` +
      (failed ? `  (${failed} failed)` : ""),
  );
}
