import { assertProductionPasswordHashing } from "./auth/password-hash.ts";
import { buildServer } from "./composition.ts";
import { seedDemoIfEmpty } from "./demo/seed-demo.ts";
import { serveBackups } from "./platform/backup/backup-socket.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";
import { claimDataDir, DataDirInUseError } from "./platform/data-dir-lock.ts";
import { openDatabase } from "./platform/db/database.ts";
import { migrateToLatest } from "./platform/db/migrate.ts";
import { readVersion } from "./platform/version.ts";

/** Starts Polku: embedded PGlite in ./data by default, or PostgreSQL with DATABASE_URL. */
async function main() {
  const config = loadConfig(process.env, readVersion());
  assertProductionPasswordHashing();
  const releaseDataDir = config.database.kind === "pglite" ? claimDataDir(config.database.dataDir) : () => {};
  const database = await openDatabase(
    config.database.kind === "pglite"
      ? { kind: "pglite", dataDir: config.database.dataDir }
      : { kind: "postgresql", url: config.database.url },
  );
  let stopping = false;
  let backups: { close(): Promise<void> } | null = null;
  const app = await (async () => {
    await migrateToLatest(database.db);
    if (config.seedDemo) {
      const seed = await seedDemoIfEmpty(database, config.demoPassword);
      if (seed.seeded) printDemoAccounts(seed, config.demoPassword !== null);
    }
    return buildServer({ config, database });
  })().catch(async (error) => {
    await database.close();
    releaseDataDir();
    throw error;
  });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping");
    await app.close();
    await backups?.close();
    await database.close();
    releaseDataDir();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
  // `polku backup` cannot open the data directory this process owns; it asks here instead.
  if (config.database.kind === "pglite") backups = await serveBackups(database, config.database.dataDir);
  const where =
    config.database.kind === "pglite" ? `embedded database in ${config.database.dataDir}` : "PostgreSQL";
  process.stdout.write(`\nPolku ${config.version} is running at ${config.publicUrl} (${where}).\n\n`);
}

function printDemoAccounts(
  seed: {
    accounts: Array<{ email: string; role: string; password: string }>;
    clients: number;
    seconds: number;
  },
  fixed: boolean,
) {
  const lines = seed.accounts.map(
    (a) => `  ${a.role.padEnd(15)} ${a.email.padEnd(28)} ${fixed ? "(POLKU_DEMO_PASSWORD)" : a.password}`,
  );
  process.stdout.write(
    [
      "",
      `Demo data created in ${seed.seconds.toFixed(1)} s (${seed.clients} synthetic clients). These sign-ins are shown only this once:`,
      ...lines,
      "Remove demo data before real use (see README).",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    process.stderr.write(`Polku cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(
      `Polku failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
