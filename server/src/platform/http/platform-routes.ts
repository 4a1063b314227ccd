import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { health, signInInfo } from "../../../../core/contracts/platform.ts";
import { readDemoAccounts } from "../../demo/demo-accounts.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";

/** Health, the OpenAPI document and what the sign-in page shows before anyone signs in. */
export function registerPlatformRoutes(app: FastifyInstance, database: Database, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["platform"];

  r.get("/api/health", {
    config: { policy: { kind: "public", reason: "load balancers and monitoring" } },
    schema: { tags, summary: "Liveness and which database is in use", response: { 200: health } },
    handler: async () => {
      await database.db.selectFrom("app_setting").select("key").limit(1).execute();
      return { status: "ok" as const, database: database.kind, version: config.version };
    },
  });

  r.get("/api/openapi.json", {
    config: { policy: { kind: "public", reason: "the API's own description" } },
    schema: { hide: true },
    handler: () => app.swagger(),
  });

  r.get("/api/public/sign-in-info", {
    config: { policy: { kind: "public", reason: "shown on the sign-in page" } },
    schema: {
      tags,
      summary: "Whether demo data is present, and its sign-in emails",
      response: { 200: signInInfo },
    },
    handler: async () => {
      const accounts = await readDemoAccounts(database.db);
      return { demo: accounts.length > 0, demoAccounts: accounts };
    },
  });
}
