import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../composition.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/database.ts";
import { TEST_PUBLIC_URL, TestClient } from "./test-client.ts";
import { createTestDatabase } from "./test-database.ts";

/** The audit key the test harness provides (ADR 0009), and a checkpoint directory of the test's own. */
export const TEST_AUDIT_KEY = "test-audit-key-test-audit-key-test-audit-key-0123";
export function testAuditEnv(checkpointDir: string): Record<string, string> {
  return { POLKU_AUDIT_KEY: TEST_AUDIT_KEY, POLKU_AUDIT_CHECKPOINT_DIR: checkpointDir };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** A new signed-out browser-like client. */
  client(language?: string): TestClient;
  close(): Promise<void>;
};

/**
 * The whole server (all routes, the gate, auth) on a fresh test database, without a web root;
 * `env` sets further configuration (e.g. POLKU_ATTACHMENT_MAX_MB).
 */
export async function createTestApp(database?: Database, env: Record<string, string> = {}): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const checkpointDir = mkdtempSync(join(tmpdir(), "polku-audit-checkpoints-"));
  const config = loadConfig({
    ...testAuditEnv(checkpointDir),
    POLKU_PUBLIC_URL: TEST_PUBLIC_URL,
    POLKU_AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    LOG_LEVEL: "silent",
    ...env,
  });
  const app = await buildServer({ config, database: db, webRoot: null, logger: false });
  return {
    app,
    database: db,
    client: (language = "en") => new TestClient(app, language),
    async close() {
      await app.close();
      if (!database) await db.close();
      rmSync(checkpointDir, { recursive: true, force: true });
    },
  };
}
