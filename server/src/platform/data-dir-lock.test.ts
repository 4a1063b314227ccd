import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts `node --import tsx server/src/main.ts` on the data dir (no DATABASE_URL). */
function start(dataDir: string, port: number): Server {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    POLKU_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    POLKU_DEMO_PASSWORD: "demo-password-lock-0123",
    LOG_LEVEL: "silent",
  };
  delete env.DATABASE_URL;
  delete env.POLKU_DEMO;
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk) => {
    text += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    text += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Resolves when the server says it is running (no polling); rejects if it exits or stalls. */
function running(server: Server, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!/is running at/.test(server.output())) return;
      done();
      resolve();
    };
    const exited = () => {
      done();
      reject(new Error(`server exited early: ${server.output()}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`server did not start: ${server.output()}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      server.child.stdout?.off("data", check);
      server.child.off("exit", exited);
    };
    server.child.stdout?.on("data", check);
    server.child.on("exit", exited);
    if (server.child.exitCode !== null) exited();
    else check();
  });
}

describe("one server per embedded data directory", { timeout: 240_000 }, () => {
  let dataDir: string;
  const started: Server[] = [];
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "polku-lock-"));
  });
  after(async () => {
    for (const server of started) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill("SIGKILL");
        await server.exited;
      }
    }
    await rm(dataDir, { recursive: true, force: true });
    // The audit key and checkpoints live beside the data directory (ADR 0009).
    await rm(`${dataDir}.audit-key`, { force: true });
    await rm(`${dataDir}.audit-checkpoints`, { recursive: true, force: true });
  });

  test("a second start is refused, SIGTERM releases the directory, and the data survives a restart", async () => {
    const port = await freePort();
    const first = start(dataDir, port);
    started.push(first);
    await running(first);
    assert.match(first.output(), /Demo data created/, "the first start seeds demo data");
    assert.ok(existsSync(join(dataDir, "polku.lock")));
    assert.equal(statSync(dataDir).mode & 0o777, 0o700, "the data directory is the owner's only");
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { database: string }).database, "pglite");

    const second = start(dataDir, await freePort());
    started.push(second);
    const code = await second.exited;
    assert.notEqual(code, 0, "the second start fails");
    assert.match(second.output(), /already in use/);
    assert.ok(second.output().includes(dataDir), `names the data dir: ${second.output()}`);
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 200, "the first keeps running");

    first.child.kill("SIGTERM");
    assert.equal(await first.exited, 0, "a clean stop");
    assert.equal(existsSync(join(dataDir, "polku.lock")), false, "the lock file is removed");

    const thirdPort = await freePort();
    const third = start(dataDir, thirdPort);
    started.push(third);
    await running(third);
    assert.doesNotMatch(third.output(), /Demo data created/, "the demo is not seeded again");
    const info = (await (await fetch(`http://127.0.0.1:${thirdPort}/api/public/sign-in-info`)).json()) as {
      demo: boolean;
    };
    assert.equal(info.demo, true, "the data of the first run is still there");
    third.child.kill("SIGTERM");
    assert.equal(await third.exited, 0);
  });
});
