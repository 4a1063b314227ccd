#!/usr/bin/env node
// Polku's test entry point (`npm test`). Plain Node, no dependencies. See docs/adr/0002-test-harness.md.
//
//   node scripts/test.mjs                      typecheck, lint, unit, integration, e2e
//   node scripts/test.mjs unit integration     only the named stages, in the fixed order
//
// unit:        core/**/*.test.ts and web/**/*.test.ts under node:test (+ tsx)
// integration: server/**/*.test.ts with POLKU_TEST_DB=pglite (TEST_DATABASE_URL removed), then,
//              when TEST_DATABASE_URL is set, again with POLKU_TEST_DB=postgresql.
//              Setting POLKU_TEST_DB yourself runs only that database.
// e2e:         needs Chromium at $CHROMIUM_PATH (default /usr/bin/chromium); npm run build, the
//              first-page JavaScript budget (scripts/bundle-size.mjs), then npx playwright test.
//
// Node 20's `node --test dir/` finds no .ts files and exits 0 (STACK.md pitfall 6), so files are
// listed here explicitly and an empty list is an error.

import { spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countResults, failingFiles } from "./tap-summary.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STAGES = ["typecheck", "lint", "unit", "integration", "e2e"];
const SKIP_DIRS = new Set(["node_modules", "dist", "data", "test-results", "playwright-report"]);
const CONCURRENCY = "--test-concurrency=2"; // 2 cores; each PGlite costs 0.5–1 GB
const TEMPLATE_BUILDER = "server/src/platform/testing/build-pglite-template.ts";
const reporter = process.stdout.isTTY ? "spec" : "tap"; // CI (not a TTY) gets TAP's `# pass` lines

class StageError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

// ---------------------------------------------------------------------------------------------
// Child processes: each child gets its own process group, so a signal we forward reaches its
// grandchildren too (npx → tsc, tsx, playwright's web server; STACK.md pitfall 9).

let current = null; // the running child
let interrupted = null; // the signal that stopped us

function forward(signal) {
  if (interrupted) {
    // Second Ctrl-C: stop waiting politely.
    if (current) killGroup(current, "SIGKILL");
    process.exit(130);
  }
  interrupted = signal;
  console.error(`\n[test] ${signal}: stopping ${current ? `pid ${current.pid}` : "…"}`);
  if (current) killGroup(current, signal);
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

process.on("SIGINT", () => forward("SIGINT"));
process.on("SIGTERM", () => forward("SIGTERM"));

/** Runs cmd; streams its output; with capture, also returns stdout+stderr text. */
function run(cmd, args, { env = process.env, capture = false } = {}) {
  if (interrupted) throw new StageError(`interrupted by ${interrupted}`, 130);
  console.log(`$ ${[cmd, ...args].join(" ")}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
    });
    current = child;
    let text = "";
    if (capture) {
      child.stdout.on("data", (chunk) => {
        process.stdout.write(chunk);
        text += chunk;
      });
      child.stderr.on("data", (chunk) => {
        process.stderr.write(chunk);
        text += chunk;
      });
    }
    child.on("error", (err) => {
      current = null;
      reject(new StageError(`could not start ${cmd}: ${err.message}`));
    });
    child.on("close", (code, signal) => {
      current = null;
      resolve({ code: code ?? 1, signal, text });
    });
  });
}

async function mustRun(cmd, args, options) {
  const result = await run(cmd, args, options);
  if (interrupted) throw new StageError(`interrupted by ${interrupted}`, 130);
  if (result.code !== 0) {
    throw new StageError(
      `${cmd} ${args.join(" ")} failed (exit ${result.signal ?? result.code})`,
      result.code,
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// node:test

const COUNTS = ["pass", "fail", "cancelled", "skipped", "todo"];
const totals = { pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, parsed: false };
/** Files whose tests failed, were cancelled or timed out: file → reasons, for the summary. */
const failedFiles = new Map();

function findTests(dirs) {
  const files = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if (err.code === "ENOENT") return;
      throw err;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(full);
      } else if (entry.isFile() && entry.name.endsWith(".test.ts")) {
        files.push(path.relative(ROOT, full));
      }
    }
  };
  for (const dir of dirs) walk(path.join(ROOT, dir));
  return files.sort();
}

function requireTests(dirs) {
  const files = findTests(dirs);
  const where = dirs.map((d) => `${d}/**/*.test.ts`).join(", ");
  if (files.length === 0) {
    throw new StageError(`no test files found (${where}); refusing to report success with 0 tests`);
  }
  console.log(`${files.length} test file(s) in ${where}`);
  return files;
}

async function nodeTest(files, { env, timeoutMs, label }) {
  // The visible reporter (spec on a terminal, TAP otherwise) goes to stdout; a second TAP copy goes
  // to a file that we parse, whatever the terminal shows.
  const tapFile = path.join(mkdtempSync(path.join(tmpdir(), "polku-tap-")), "results.tap");
  const args = [
    "--import",
    "tsx",
    "--test",
    CONCURRENCY,
    `--test-timeout=${timeoutMs}`,
    `--test-reporter=${reporter}`,
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  const result = await run(process.execPath, args, { env });
  let tap = "";
  try {
    tap = readFileSync(tapFile, "utf8");
  } catch {
    // No TAP at all: judged by the exit code below.
  }
  rmSync(path.dirname(tapFile), { recursive: true, force: true });
  const counts = countResults(tap);
  const failing = failingFiles(tap, ROOT);
  for (const [file, reasons] of failing) failedFiles.set(`${label} ${file}`, reasons);
  if (counts.parsed) {
    for (const key of COUNTS) totals[key] += counts[key];
    totals.parsed = true;
    console.log(`[test] ${label}: ${describeCounts(counts)}`);
  }
  if (interrupted) throw new StageError(`interrupted by ${interrupted}`, 130);
  const bad = counts.fail + counts.cancelled;
  if (result.code !== 0 || bad > 0 || failing.size > 0) {
    const names = [...failing.keys()].join(", ");
    throw new StageError(
      `${label} tests failed (exit ${result.signal ?? result.code}; ${counts.fail} failed, ` +
        `${counts.cancelled} cancelled${names ? `; in ${names}` : ""})`,
      result.code || 1,
    );
  }
  if (counts.parsed && counts.pass === 0) {
    throw new StageError(`${label}: the test files ran no passing tests`);
  }
}

function describeCounts(c) {
  return `${c.pass} passed, ${c.fail} failed, ${c.cancelled} cancelled, ${c.skipped} skipped, ${c.todo} todo`;
}

// ---------------------------------------------------------------------------------------------
// Stages

const stages = {
  async typecheck() {
    await mustRun("npx", ["--no", "--", "tsc", "--noEmit", "-p", "tsconfig.json"]);
    if (exists("web/tsconfig.json")) {
      await mustRun("npx", ["--no", "--", "tsc", "--noEmit", "-p", "web/tsconfig.json"]);
    } else {
      console.log("web/tsconfig.json does not exist yet: skipping the web typecheck");
    }
  },

  async lint() {
    await mustRun("npx", ["--no", "--", "biome", "check", "--error-on-warnings", "."]);
  },

  async unit() {
    const files = requireTests(["core", "web", "scripts"]);
    await nodeTest(files, { env: process.env, timeoutMs: 60_000, label: "unit" });
  },

  async integration() {
    const files = requireTests(["server"]);
    const url = process.env.TEST_DATABASE_URL;
    const wanted = process.env.POLKU_TEST_DB;
    if (wanted && wanted !== "pglite" && wanted !== "postgresql") {
      throw new StageError(`POLKU_TEST_DB must be "pglite" or "postgresql", not "${wanted}"`);
    }
    if (wanted === "postgresql" && !url) {
      throw new StageError(
        "POLKU_TEST_DB=postgresql needs TEST_DATABASE_URL (try scripts/pg-cluster.sh run …)",
      );
    }
    if (wanted !== "postgresql") {
      console.log("\n--- integration on PGlite (POLKU_TEST_DB=pglite) ---");
      const { TEST_DATABASE_URL: _unused, ...env } = process.env;
      // One migrated data dir for every test process (ADR 0002), built here once.
      const templateDir = mkdtempSync(path.join(tmpdir(), "polku-template-"));
      const template = path.join(templateDir, "pglite-template.tar");
      try {
        await timed("integration/pglite template", () =>
          mustRun(process.execPath, ["--import", "tsx", TEMPLATE_BUILDER, template]),
        );
        await timed("integration/pglite", () =>
          nodeTest(files, {
            env: { ...env, POLKU_TEST_DB: "pglite", POLKU_TEST_PGLITE_TEMPLATE: template },
            timeoutMs: 120_000,
            label: "integration/pglite",
          }),
        );
      } finally {
        rmSync(templateDir, { recursive: true, force: true });
      }
    }
    if (wanted !== "pglite") {
      if (url) {
        console.log(`\n--- integration on PostgreSQL (POLKU_TEST_DB=postgresql, ${redact(url)}) ---`);
        await timed("integration/postgresql", () =>
          nodeTest(files, {
            env: { ...process.env, POLKU_TEST_DB: "postgresql" },
            timeoutMs: 120_000,
            label: "integration/postgresql",
          }),
        );
      } else {
        console.log("TEST_DATABASE_URL is not set: skipping the PostgreSQL run (CI runs it)");
      }
    }
  },

  async e2e() {
    const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    if (!isExecutableFile(chromium)) {
      throw new StageError(
        `Chromium not found or not executable at ${chromium}.\n` +
          "  Debian/Ubuntu: sudo apt-get install chromium\n" +
          "  elsewhere:     set CHROMIUM_PATH to a Chromium or Chrome binary\n" +
          "  (npx playwright install cannot download browsers here; see STACK.md pitfall 10)",
      );
    }
    console.log(`Chromium: ${chromium}`);
    const env = { ...process.env, CHROMIUM_PATH: chromium };
    await mustRun("npm", ["run", "build"], { env });
    // A size, not a timing: the same build always gives the same figures.
    await mustRun(process.execPath, ["scripts/bundle-size.mjs"], { env });
    await mustRun("npx", ["--no", "--", "playwright", "test"], { env });
  },
};

function exists(rel) {
  try {
    statSync(path.join(ROOT, rel));
    return true;
  } catch {
    return false;
  }
}

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function redact(url) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Runs one part of a stage and prints how long it took, also when it fails. */
async function timed(label, fn) {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    console.log(`[time] ${label}: ${seconds(Date.now() - started)}`);
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !STAGES.includes(a));
  if (unknown.length > 0 || args.includes("--help") || args.includes("-h")) {
    if (unknown.length > 0) console.error(`unknown stage(s): ${unknown.join(", ")}`);
    console.error(`usage: node scripts/test.mjs [${STAGES.join("|")}]…   (none = all, in that order)`);
    return 2;
  }
  const selected = STAGES.filter((s) => args.length === 0 || args.includes(s));
  const timings = [];
  let exitCode = 0;

  for (const [i, name] of selected.entries()) {
    console.log(`\n==================== [${i + 1}/${selected.length}] ${name} ====================`);
    const started = Date.now();
    try {
      await stages[name]();
      const took = Date.now() - started;
      timings.push(`${name} ok ${seconds(took)}`);
      console.log(`==> ${name} passed in ${seconds(took)}`);
    } catch (err) {
      const took = Date.now() - started;
      timings.push(`${name} FAILED ${seconds(took)}`);
      console.error(`\n==> ${name} FAILED after ${seconds(took)}: ${err.message}`);
      exitCode = err instanceof StageError ? err.exitCode || 1 : 1;
      if (!(err instanceof StageError)) console.error(err);
      if (interrupted) exitCode = 130;
      break;
    }
  }

  const skipped = selected.slice(timings.length);
  console.log(`\nstages: ${timings.join(", ")}${skipped.length ? `; not run: ${skipped.join(", ")}` : ""}`);
  if (totals.parsed) {
    // A cancelled test or a file that timed out (it hung after its tests) counts as failed: the
    // closing line must never say "0 failed" while a file did not finish.
    for (const [file, reasons] of failedFiles) console.log(`failed: ${file} (${reasons.join("; ")})`);
    console.log(`totals: ${describeCounts(totals)}`);
    const failed = Math.max(totals.fail + totals.cancelled, failedFiles.size);
    console.log(`${totals.pass} passed, ${failed} failed, ${totals.skipped} skipped`);
  }
  return exitCode;
}

process.exitCode = await main();
