/**
 * Complementary suppression (docs/domain/metrics.md, "Suppression"): which further cells to
 * withhold so a withheld count cannot be worked out from what is shown. The attacker is assumed
 * to know the rule: a primary cell holds 1 … threshold−1, a complementary one 0 or at least the
 * threshold (it was shown before, and shown counts are 0 or ≥ threshold).
 */
export type Withheld = false | "primary" | "complementary";

/** One cell of a column (or of a row adding up to something): its shown value and how to withhold it. */
export type Slot = { value: number | null; suppressed: Withheld; hide: () => void };

/** The smallest shown non-zero slot (the first of equals), or null. */
function smallestShown(slots: readonly Slot[]): Slot | null {
  let pick: Slot | null = null;
  for (const s of slots)
    if (
      !s.suppressed &&
      s.value !== null &&
      s.value > 0 &&
      (pick === null || s.value < (pick.value as number))
    )
      pick = s;
  return pick;
}

/**
 * Slots that add up to a total nobody sees (a figure's job-ending reasons): one withheld slot alone
 * is still withheld with the smallest other non-zero one, in case the sum becomes known elsewhere.
 */
export function complementLone(slots: readonly Slot[]): boolean {
  if (slots.filter((s) => s.suppressed).length !== 1) return false;
  const pick = smallestShown(slots);
  pick?.hide();
  return pick !== null;
}

/** Whole numbers lo … hi, both included. */
type Interval = readonly [number, number];

/** Every sum of one value from each set (sets as lists of intervals). */
function sums(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return a.flatMap(([lo1, hi1]) => b.map(([lo2, hi2]): Interval => [lo1 + lo2, hi1 + hi2]));
}

/**
 * The totals `primary` primary and `complementary` complementary cells can add up to: primaries
 * any whole number from 1 each to threshold−1 each; complementary cells 0 or at least the threshold
 * each, so together 0 or anything from the threshold up.
 */
function totalsOf(primary: number, complementary: number, threshold: number, cap: number): Interval[] {
  const p: Interval[] = [[primary, primary * (threshold - 1)]];
  const c: Interval[] =
    complementary === 0
      ? [[0, 0]]
      : [
          [0, 0],
          [threshold, cap],
        ];
  return sums(p, c);
}

/** How many distinct values of `own` leave a remainder of `residual − value` inside `others`. */
function countConsistent(own: readonly Interval[], others: readonly Interval[], residual: number): number {
  const hits: Interval[] = [];
  for (const [a, b] of own)
    for (const [c, d] of others) {
      const lo = Math.max(a, residual - d);
      const hi = Math.min(b, residual - c);
      if (lo <= hi) hits.push([lo, hi]);
    }
  hits.sort((x, y) => x[0] - y[0]);
  let count = 0;
  let covered = Number.NEGATIVE_INFINITY;
  for (const [lo, hi] of hits) {
    const from = Math.max(lo, covered + 1);
    if (hi >= from) count += hi - from + 1;
    covered = Math.max(covered, hi);
  }
  return count;
}

/** Whether some withheld cell of a column has only one value consistent with the shown total. */
export function pinnedDown(withheld: readonly Withheld[], residual: number, threshold: number): boolean {
  if (residual < 0) return false;
  const primary = withheld.filter((w) => w === "primary").length;
  const complementary = withheld.filter((w) => w === "complementary").length;
  const ownPrimary: Interval[] = [[1, threshold - 1]];
  const ownComplementary: Interval[] = [
    [0, 0],
    [threshold, residual],
  ];
  if (primary > 0) {
    const others = totalsOf(primary - 1, complementary, threshold, residual);
    if (countConsistent(ownPrimary, others, residual) <= 1) return true;
  }
  if (complementary > 0) {
    const others = totalsOf(primary, complementary - 1, threshold, residual);
    if (countConsistent(ownComplementary, others, residual) <= 1) return true;
  }
  return false;
}

/**
 * The parts' cells of one column under a shown total: while some withheld cell can be pinned down
 * (alone in the column, or bounded in by the rule, e.g. two primary cells whose sum is 2), withhold
 * the smallest other non-zero shown cell — or, when only zeros are shown, a zero — and when no part
 * is left to withhold, the total itself. Returns whether it withheld any.
 */
export function protectColumn(slots: readonly Slot[], total: Slot, threshold: number): boolean {
  let changed = false;
  while (!total.suppressed && total.value !== null) {
    const withheld = slots.filter((s) => s.suppressed).map((s) => s.suppressed);
    if (withheld.length === 0) return changed;
    const shown = slots.reduce((sum, s) => sum + (s.suppressed ? 0 : (s.value ?? 0)), 0);
    if (withheld.length > 1 && !pinnedDown(withheld, total.value - shown, threshold)) return changed;
    const pick = smallestShown(slots) ?? slots.find((s) => !s.suppressed) ?? total;
    pick.hide();
    changed = true;
  }
  return changed;
}
