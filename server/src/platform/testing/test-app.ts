import type { FastifyInstance } from "fastify";
import { buildServer } from "../../composition.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/database.ts";
import { TEST_PUBLIC_URL, TestClient } from "./test-client.ts";
import { createTestDatabase } from "./test-database.ts";

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** A new signed-out browser-like client. */
  client(language?: string): TestClient;
  close(): Promise<void>;
};

/** The whole server (all routes, the gate, auth) on a fresh test database, without a web root. */
export async function createTestApp(database?: Database): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({
    POLKU_PUBLIC_URL: TEST_PUBLIC_URL,
    POLKU_AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    LOG_LEVEL: "silent",
  });
  const app = await buildServer({ config, database: db, webRoot: null, logger: false });
  return {
    app,
    database: db,
    client: (language = "en") => new TestClient(app, language),
    async close() {
      await app.close();
      if (!database) await db.close();
    },
  };
}
