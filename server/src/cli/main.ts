import { parseArgs } from "node:util";
import { openAuditKey } from "../audit/audit-key.ts";
import { loadConfig } from "../platform/config.ts";
import { claimDataDir } from "../platform/data-dir-lock.ts";
import { openDatabase } from "../platform/db/database.ts";
import { migrateToLatest } from "../platform/db/migrate.ts";
import { readVersion } from "../platform/version.ts";
import { backup } from "./backup.ts";
import { createAdmin } from "./create-admin.ts";
import { checkGenerateFlags, generate } from "./generate.ts";
import { restore } from "./restore.ts";
import { verifyAudit } from "./verify-audit.ts";

const help = `Polku command-line tool

Usage: npm run polku -- <command> [options]

Commands:
  migrate                 Apply pending database migrations.
  create-admin            Create an organisation admin (or a platform admin).
      --email <email>         The person's email (asked when missing).
      --name <name>           Their name (asked when missing).
      --password <password>   At least 12 characters (asked, hidden, when missing;
                              or set POLKU_ADMIN_PASSWORD to keep it out of shell history).
      --organisation <name>   Create this organisation and make them its admin.
      --organisation-type <t> wellbeing_services_county | public_employment_services |
                              pension_insurer | private_coaching_provider | other
      --platform-admin        Make them a platform admin (may create organisations).
  audit verify            Seal and check the audit log's keyed hash chain against the
                          latest signed checkpoint; exits 1 at the first entry that was
                          altered, removed or reordered, or when the log was truncated or
                          its chain recomputed. An intact log gets a new checkpoint.
  backup <file>           Write a consistent backup of the embedded database to <file>
                          (a new file, mode 0600), also while Polku runs. On PostgreSQL it
                          prints the pg_dump command to use instead.
  generate                Build a deterministic synthetic dataset (clients with synthetic
                          henkilötunnus, episodes, activities, employers, jobs, networks)
                          into an empty database, for demos and benchmarks.
      --clients <n>           Clients across all organisations (20 – 1 000 000).
      --years <y>             Years of history ending at the anchor day (1 – 10).
      --seed <s>              The same seed and options build the same rows.
      --organisations <k>     Wellbeing services counties (default: one per 5 000 clients).
      --anchor <YYYY-MM-DD>   The dataset's "today" (default: today in Helsinki).
  restore <file>          Restore a backup into POLKU_DATA_DIR, which must be empty or
                          missing, and verify its audit log. On PostgreSQL: pg_restore.
  --help                  Show this help.

The database is the embedded one in POLKU_DATA_DIR (default ./data), or the PostgreSQL
server in DATABASE_URL. The audit key and checkpoints: POLKU_AUDIT_KEY_FILE (or
POLKU_AUDIT_KEY) and POLKU_AUDIT_CHECKPOINT_DIR (embedded default: beside the data directory,
<dataDir>.audit-key and <dataDir>.audit-checkpoints). Stop a running embedded server before the
other commands: it owns its data directory (backup asks the running server instead).
`;

const options = {
  help: { type: "boolean", short: "h" },
  email: { type: "string" },
  name: { type: "string" },
  password: { type: "string" },
  organisation: { type: "string" },
  "organisation-type": { type: "string" },
  "platform-admin": { type: "boolean" },
  clients: { type: "string" },
  years: { type: "string" },
  seed: { type: "string" },
  organisations: { type: "string" },
  anchor: { type: "string" },
} as const;

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof options }>
  >;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    // An unknown or malformed flag: say which, and exit 2 like other usage errors.
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)} Run with --help to see the options.\n`,
    );
    return 2;
  }
  const { positionals, values } = parsed;
  const command = positionals.join(" ");
  if (values.help || command === "" || command === "help") {
    process.stdout.write(help);
    return 0;
  }
  const [first, file, ...extra] = positionals;
  if ((first === "backup" || first === "restore") && extra.length === 0) {
    const config = loadConfig(process.env, readVersion());
    return first === "backup" ? backup(config, file) : restore(config, file);
  }
  if (!["migrate", "create-admin", "audit verify", "generate"].includes(command)) {
    process.stderr.write(`Unknown command "${command}". Run with --help to see the commands.\n`);
    return 2;
  }
  // The generator's flags are checked before the database is opened.
  const generateOptions = command === "generate" ? checkGenerateFlags(values) : null;
  if (typeof generateOptions === "string") {
    process.stderr.write(`${generateOptions} Run with --help to see the options.\n`);
    return 2;
  }
  const config = loadConfig(process.env, readVersion());
  const release = config.database.kind === "pglite" ? claimDataDir(config.database.dataDir) : () => {};
  const database = await openDatabase(
    config.database.kind === "pglite"
      ? { kind: "pglite", dataDir: config.database.dataDir }
      : { kind: "postgresql", url: config.database.url },
  );
  try {
    const { applied } = await migrateToLatest(database.db);
    if (command === "migrate") {
      process.stdout.write(
        applied.length ? `Applied: ${applied.join(", ")}\n` : "The database is up to date.\n",
      );
      return 0;
    }
    if (command === "create-admin") return await createAdmin(database, values);
    if (generateOptions) return await generate(database, generateOptions);
    const key = await openAuditKey(database.db, config.audit);
    const anchoring = { key, checkpointDir: config.audit.checkpointDir };
    return await verifyAudit(database, anchoring);
  } finally {
    await database.close();
    release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
