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

type Range = readonly (readonly [number, number])[];

function rangeOf(kind: Withheld, threshold: number, residual: number): Range {
  return kind === "primary"
    ? [[1, threshold - 1]]
    : [
        [0, 0],
        [threshold, residual],
      ];
}

/** Sums 0 … limit reachable by choosing one value from each range (a subset-sum over intervals). */
function reachable(ranges: readonly Range[], limit: number): boolean[] {
  let reach = Array.from({ length: limit + 1 }, (_, s) => s === 0);
  for (const range of ranges) {
    const prefix = [0];
    for (const r of reach) prefix.push((prefix.at(-1) as number) + (r ? 1 : 0));
    const any = (lo: number, hi: number) => {
      const a = Math.max(0, lo);
      const b = Math.min(limit, hi);
      return a <= b && (prefix[b + 1] as number) - (prefix[a] as number) > 0;
    };
    reach = reach.map((_, s) => range.some(([lo, hi]) => any(s - hi, s - lo)));
  }
  return reach;
}

/** Whether some withheld cell of a column has only one value consistent with the shown total. */
export function pinnedDown(withheld: readonly Withheld[], residual: number, threshold: number): boolean {
  if (residual < 0) return false;
  const ranges = withheld.map((w) => rangeOf(w, threshold, residual));
  return ranges.some((own, i) => {
    const others = reachable(
      ranges.filter((_, j) => j !== i),
      residual,
    );
    let values = 0;
    for (const [lo, hi] of own)
      for (let v = lo; v <= Math.min(hi, residual); v++) if (others[residual - v]) values += 1;
    return values <= 1;
  });
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
