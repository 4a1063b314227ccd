/**
 * `npm run bench -- --processes`: like `--instances`, but each Polku instance is its own server
 * process (`server/src/main.ts`) on its own port, reached over HTTP, as behind a load balancer.
 * Needs BENCH_DATABASE_URL (a disposable PostgreSQL database). ADR 0009.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { activityBody } from "../server/src/activities/activity-test-setup.ts";
import { openDatabase } from "../server/src/platform/db/database.ts";
import { migrateToLatest } from "../server/src/platform/db/migrate.ts";
import { buildClientWithConsent } from "../server/src/platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../server/src/platform/testing/factories.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ORIGIN = "http://polku.test";
const USERS = 20;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function startInstance(url: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: url, PORT: String(port), POLKU_DEMO: "false" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("is running at")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`instance exited with ${code}`)));
  });
}

/** A browser-like HTTP client: cookie jar, Origin and the CSRF double-submit token. */
class HttpUser {
  private cookies = new Map([["polku_csrf", "bench-csrf"]]);
  constructor(private readonly base: string) {}
  async request(method: string, path: string, body?: unknown): Promise<number> {
    const response = await fetch(this.base + path, {
      method,
      headers: {
        origin: ORIGIN,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(method === "GET" ? {} : { "x-csrf-token": "bench-csrf", "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (pair.slice(0, at) !== "polku_csrf") this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    await response.arrayBuffer();
    return response.status;
  }
}

export async function benchAuditProcesses(url: string, env: Record<string, string>): Promise<void> {
  const database = await openDatabase({ kind: "postgresql", url });
  await migrateToLatest(database.db);
  const org = await buildOrganisation(database);
  const team = await buildTeam(database, org.id);
  const coach = await buildStaff(database, { organisationId: org.id, role: "coach", teamId: team.id });
  const clients: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const built = await buildClientWithConsent(database, {
      organisationId: org.id,
      ipsTeamId: team.id,
      coachUserId: coach.id,
    });
    clients.push(built.clientId);
  }
  const instanceEnv = {
    ...env,
    POLKU_PUBLIC_URL: ORIGIN,
    POLKU_SIGN_IN_ATTEMPTS_PER_MINUTE: "1000",
    POLKU_AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), "polku-bench-processes-")),
  };
  const ports = [await freePort(), await freePort()];
  const children = await Promise.all(ports.map((port) => startInstance(url, port, instanceEnv)));
  try {
    for (const count of [1, 2]) {
      const users: HttpUser[] = [];
      for (let i = 0; i < USERS; i++) {
        const user = new HttpUser(`http://127.0.0.1:${ports[i % count]}`);
        const status = await user.request("POST", "/api/auth/sign-in/email", {
          email: coach.email,
          password: coach.password,
        });
        if (status !== 200) throw new Error(`sign-in failed: ${status}`);
        users.push(user);
      }
      await run(`HTTP audited read, GET activities, ${count} proc.`, 3000, users, (u, i) =>
        u.request("GET", `/api/clients/${clients[i % USERS]}/activities`),
      );
      await run(`HTTP audited write, POST activity, ${count} proc.`, 1200, users, (u, i) =>
        u.request("POST", `/api/clients/${clients[i % USERS]}/activities`, activityBody()),
      );
    }
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await database.close();
  }
}

async function run(
  name: string,
  total: number,
  users: HttpUser[],
  op: (u: HttpUser, i: number) => Promise<number>,
) {
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      while (next < total) if ((await op(user, next++)) >= 300) failed++;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${name.padEnd(48)} ${String(total).padStart(6)} ops  ${(total / seconds).toFixed(0).padStart(6)} ops/s${
      failed ? `  (${failed} failed)` : ""
    }`,
  );
}
