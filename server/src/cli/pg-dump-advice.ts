import type { Config } from "../platform/config.ts";
import type { CliOutput } from "./cli-output.ts";

/**
 * On PostgreSQL Polku does not copy the database itself: pg_dump and pg_restore do it better and
 * are what a database administrator expects. The same commands are in docs/operations.md.
 */
export const PG_DUMP_ADVICE = `Polku is using PostgreSQL (DATABASE_URL is set). Back up and restore with PostgreSQL's own tools:

  backup:   pg_dump --format=custom --no-owner --file=polku.dump "$DATABASE_URL"
  restore:  createdb polku_restored
            pg_restore --no-owner --exit-on-error --dbname=polku_restored polku.dump

pg_dump takes a consistent snapshot while Polku runs. See docs/operations.md.
`;

/**
 * What `backup` and `restore` check first: on PostgreSQL they print the advice above, and both
 * need a file name. Returns the exit code to stop with, or null to go on.
 */
export function embeddedFileCheck(
  config: Config,
  file: string | undefined,
  command: "backup" | "restore",
  io: CliOutput,
): number | null {
  if (config.database.kind === "postgresql") {
    io.out(PG_DUMP_ADVICE);
    return 2;
  }
  if (!file) {
    io.err(`Name the backup file: npm run polku -- ${command} <file>\n`);
    return 2;
  }
  return null;
}
