/**
 * Deterministic pseudo-random numbers for the dataset generator: every stream is seeded from the
 * dataset's seed and a key naming what it decides (e.g. `episode:42:0`), so a row's values do not
 * depend on the order rows are planned in, and the same seed always builds the same rows.
 */
export type Random = {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item of the list. */
  pick<T>(items: readonly T[]): T;
  /** One item, chosen by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Exponentially distributed whole days with the given mean. */
  expDays(mean: number): number;
};

// xmur3: a string hash that seeds the generator below.
function hash(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A stream for one key of one dataset (mulberry32, seeded from seed and key). */
export function randomFor(seed: number, key: string): Random {
  let state = hash(`${seed}:${key}`);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return (items[items.length - 1] as (typeof items)[number])[0];
    },
    expDays: (mean) => Math.floor(-Math.log(1 - next()) * mean),
  };
  return random;
}
