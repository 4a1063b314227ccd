import type { PlanOptions } from "./plan-population.ts";
import type { GenerateOptions } from "./types.ts";

/** Options the generator refuses, with a message that says what to change. */
export class GenerateOptionsError extends Error {}
/** The database already holds data: a dataset is generated into an empty one only. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super(
      "The database already holds data (clients, organisations, accounts, employers, networks or audit events); generate into a new, empty database.",
    );
  }
}

export const LIMITS = { clients: [20, 1_000_000], years: [1, 10], organisations: [1, 200] } as const;

/** Checks the options and fills in the defaults (organisations, anchor). */
export function checkGenerateOptions(options: GenerateOptions, today: string): PlanOptions {
  const whole = (name: keyof typeof LIMITS, value: number) => {
    const [min, max] = LIMITS[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new GenerateOptionsError(
        `--${name} must be a whole number from ${min} to ${max} (got ${value}).`,
      );
    }
    return value;
  };
  const clients = whole("clients", options.clients);
  const years = whole("years", options.years);
  const organisations = whole("organisations", options.organisations ?? Math.ceil(clients / 5000));
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) {
    throw new GenerateOptionsError(`--seed must be a whole number of 0 or more (got ${options.seed}).`);
  }
  const anchor = options.anchor ?? today;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(anchor) ||
    Number.isNaN(Date.parse(`${anchor}T00:00:00Z`)) ||
    new Date(`${anchor}T00:00:00Z`).toISOString().slice(0, 10) !== anchor
  ) {
    throw new GenerateOptionsError(`--anchor must be a date as YYYY-MM-DD (got ${anchor}).`);
  }
  if (anchor > today) throw new GenerateOptionsError(`--anchor cannot be after today (${today}).`);
  if (options.into && options.into.coachUserIds.length === 0) {
    throw new GenerateOptionsError("into.coachUserIds must name at least one coach.");
  }
  if (organisations > clients / 5) {
    throw new GenerateOptionsError(
      `--organisations must leave at least 5 clients per organisation (at most ${Math.floor(clients / 5)}).`,
    );
  }
  return { clients, years, seed: options.seed, organisations, anchor, into: options.into };
}
