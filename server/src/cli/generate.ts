import { helsinkiDate } from "../../../core/time/dates.ts";
import {
  checkGenerateOptions,
  DatabaseNotEmptyError,
  GenerateOptionsError,
} from "../generate/check-options.ts";
import { generateDataset } from "../generate/generate-dataset.ts";
import type { GenerateOptions, GenerateProgress } from "../generate/types.ts";
import type { Database } from "../platform/db/database.ts";
import { type CliOutput, stdio } from "./cli-output.ts";

export type GenerateFlags = {
  clients?: string | undefined;
  years?: string | undefined;
  seed?: string | undefined;
  organisations?: string | undefined;
  anchor?: string | undefined;
};

/**
 * Reads and checks the generate command's flags (before any database is opened); a message
 * saying what to fix when one is missing or wrong.
 */
export function checkGenerateFlags(flags: GenerateFlags): GenerateOptions | string {
  const whole = (name: string, value: string | undefined, required: boolean): number | string | undefined => {
    if (value === undefined) return required ? `--${name} is required.` : undefined;
    if (!/^\d+$/.test(value)) return `--${name} must be a whole number (got "${value}").`;
    return Number(value);
  };
  const clients = whole("clients", flags.clients, true);
  const years = whole("years", flags.years, true);
  const seed = whole("seed", flags.seed, true);
  const organisations = whole("organisations", flags.organisations, false);
  for (const value of [clients, years, seed, organisations]) if (typeof value === "string") return value;
  const options: GenerateOptions = {
    clients: clients as number,
    years: years as number,
    seed: seed as number,
    ...(organisations === undefined ? {} : { organisations: organisations as number }),
    ...(flags.anchor === undefined ? {} : { anchor: flags.anchor }),
  };
  try {
    checkGenerateOptions(options, helsinkiDate());
  } catch (error) {
    if (error instanceof GenerateOptionsError) return error.message;
    throw error;
  }
  return options;
}

/** A one-line progress bar redrawn in place on a terminal; plain step lines otherwise. */
function progressWriter(output: CliOutput, tty: boolean): (p: GenerateProgress) => void {
  let lastStep = "";
  return (p) => {
    if (!tty) {
      if (p.step !== lastStep) output.err(`${p.step}…\n`);
      lastStep = p.step;
      return;
    }
    const width = 30;
    const filled = Math.round((p.done / p.total) * width);
    output.err(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${p.step.padEnd(24)}`);
    if (p.done >= p.total) output.err("\n");
  };
}

/** `npm run polku -- generate`: builds a synthetic dataset and prints what it made. */
export async function generate(
  database: Database,
  options: GenerateOptions,
  output: CliOutput = stdio,
  tty = process.stderr.isTTY === true,
): Promise<number> {
  try {
    const report = await generateDataset(database, { ...options, onProgress: progressWriter(output, tty) });
    const rows = Object.entries(report.counts).sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(...rows.map(([table]) => table.length));
    output.out(`Generated ${options.clients} clients over ${options.years} years (seed ${options.seed}):\n`);
    for (const [table, n] of rows)
      output.out(`  ${table.padEnd(width)}  ${n.toLocaleString("en").padStart(12)}\n`);
    output.out("Seconds per step:\n");
    for (const s of report.steps ?? [])
      output.out(`  ${s.step.padEnd(24)}  ${s.seconds.toFixed(1).padStart(8)}\n`);
    output.out(`Done in ${report.seconds.toFixed(1)} s.\n`);
    return 0;
  } catch (error) {
    if (error instanceof GenerateOptionsError) {
      output.err(`${error.message} Run with --help to see the options.\n`);
      return 2;
    }
    if (error instanceof DatabaseNotEmptyError) {
      output.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
