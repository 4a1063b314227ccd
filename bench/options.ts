/** The command line of `npm run bench` (docs/performance.md). */
export type BenchDb = "pglite" | "postgresql";
export type BenchOptions = {
  /** Dataset sizes, measured side by side (one column each). */
  clients: number[];
  years: number;
  seed: number;
  dbs: BenchDb[];
  /** Reuse a dataset built earlier with the same size, years and seed (default); false rebuilds it. */
  reuse: boolean;
  /** Sequential requests per route after two warm-ups. */
  rounds: number;
  /** Signed-in users for the concurrent run. */
  users: number;
  /** Print EXPLAIN (ANALYZE, BUFFERS) of the daily queries of the largest size. */
  explain: boolean;
};

const USAGE = `npm run bench -- [--clients 1000,10000,100000] [--years 5] [--seed 1]
  [--db pglite|postgresql|both] [--no-reuse] [--rounds 20] [--users 20] [--explain]
  npm run bench -- --platform | --instances | --processes   (throughput of the platform's hot paths)`;

/** Reads the flags; throws with the usage on anything it does not know. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    clients: [100_000],
    years: 5,
    seed: 1,
    dbs: ["pglite", "postgresql"],
    reuse: true,
    rounds: 20,
    users: 20,
    explain: false,
  };
  const int = (flag: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(
        `${flag} needs a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}\n${USAGE}`,
      );
    return n;
  };
  // The flags that take one whole number: the option they set and the smallest (and largest) value.
  const numbers: Record<
    string,
    [keyof BenchOptions & ("years" | "seed" | "rounds" | "users"), number, number?]
  > = {
    "--years": ["years", 1, 10],
    "--seed": ["seed", 0],
    "--rounds": ["rounds", 1],
    "--users": ["users", 1],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    const number = numbers[flag];
    if (number) {
      options[number[0]] = int(flag, value, number[1], number[2]);
      i++;
    } else if (flag === "--clients") {
      // The generator's smallest population (server/src/generate/check-options.ts).
      options.clients = (value ?? "").split(",").map((v) => int(flag, v, 20));
      i++;
    } else if (flag === "--db") {
      if (value !== "pglite" && value !== "postgresql" && value !== "both")
        throw new Error(`--db is pglite, postgresql or both\n${USAGE}`);
      options.dbs = value === "both" ? ["pglite", "postgresql"] : [value];
      i++;
    } else if (flag === "--reuse") options.reuse = true;
    else if (flag === "--no-reuse") options.reuse = false;
    else if (flag === "--explain") options.explain = true;
    else throw new Error(`unknown flag ${flag}\n${USAGE}`);
  }
  return options;
}
