import { performance } from "node:perf_hooks";

/** Milliseconds at the 50th and 95th percentile (nearest rank), and how many were taken. */
export type Timing = { p50: number; p95: number; n: number };

export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: round(at(0.5)), p95: round(at(0.95)), n: sorted.length };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Runs `op` two times to warm up, then `rounds` times one after another, and times each. */
export async function sequential(rounds: number, op: () => Promise<unknown>): Promise<Timing> {
  const took: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const started = performance.now();
    await op();
    if (i >= 2) took.push(performance.now() - started);
  }
  return timingOf(took);
}

/**
 * Runs `a` and `b` one after the other, round by round (two warm-up rounds, then `rounds`), and
 * times each: on a shared machine both then see the same load, so their ratio means something even
 * when the load moves between the first and the last round.
 */
export async function alternating(
  rounds: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[Timing, Timing]> {
  const took: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds + 2; i++) {
    for (const [k, op] of [a, b].entries()) {
      const started = performance.now();
      await op();
      if (i >= 2) took[k]?.push(performance.now() - started);
    }
  }
  return [timingOf(took[0]), timingOf(took[1])];
}

/** Runs every worker at once; each returns its own (label, milliseconds) samples. */
export async function concurrent(
  workers: ReadonlyArray<() => Promise<Array<[string, number]>>>,
): Promise<{ byLabel: Map<string, Timing>; all: Timing; seconds: number }> {
  const started = performance.now();
  const samples = (await Promise.all(workers.map((w) => w()))).flat();
  const seconds = (performance.now() - started) / 1000;
  const grouped = new Map<string, number[]>();
  for (const [label, ms] of samples) grouped.set(label, [...(grouped.get(label) ?? []), ms]);
  return {
    byLabel: new Map([...grouped].map(([label, ms]) => [label, timingOf(ms)])),
    all: timingOf(samples.map(([, ms]) => ms)),
    seconds,
  };
}

/** Times one call. */
export async function timed<T>(op: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await op();
  return [value, performance.now() - started];
}
