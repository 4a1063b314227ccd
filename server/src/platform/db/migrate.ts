import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import type { DB } from "./schema.ts";

/** server/migrations, found from this file both under tsx (server/src) and in dist/server/src. */
export const migrationsDir = fileURLToPath(
  new URL(
    import.meta.url.includes("/dist/") ? "../../../../../server/migrations" : "../../../migrations",
    import.meta.url,
  ),
);

/** Reads numbered, forward-only plain-SQL migrations (`0001_name.sql`). */
class SqlFileMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const text = await readFile(`${migrationsDir}/${file}`, "utf8");
      migrations[file.replace(/\.sql$/, "")] = {
        async up(db) {
          await sql.raw(text).execute(db);
        },
      };
    }
    return migrations;
  }
}

export type MigrationReport = { applied: string[] };

/** Applies every pending migration in order; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: new SqlFileMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
