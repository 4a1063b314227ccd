import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { demoPassword } from "./e2e/fixtures.ts";

// Another port when several checkouts run their journeys on one machine at once.
const port = Number(process.env.POLKU_E2E_PORT ?? 3187);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh, empty embedded database per run, so the demo data is seeded from scratch. Its audit
// key and checkpoints (kept beside the data directory, ADR 0009) go in the same temporary parent.
const runDir = mkdtempSync(join(tmpdir(), "polku-e2e-"));
const dataDir = join(runDir, "data");

/** Browser journeys against the built server (`npm run build` first) on Debian's Chromium. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: "node dist/server/src/main.js",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      POLKU_DATA_DIR: dataDir,
      POLKU_DEMO_PASSWORD: demoPassword,
      LOG_LEVEL: "warn",
      // Every journey signs in from 127.0.0.1; the production default is 10 a minute.
      POLKU_SIGN_IN_ATTEMPTS_PER_MINUTE: "100",
    },
  },
});
