/**
 * Where organisations stand in a reporting network (Werkmonitor-style benchmark, issue 9): the
 * quartiles of member organisations' employment rates. The caller passes only the rates its table
 * shows (neither numerator nor denominator withheld): quartiles interpolate between order
 * statistics, so with three organisations q1 = (lowest + median) / 2 and any rate that fed them
 * can be solved for. Denominators under the threshold are left out here as well.
 */
export type RateCounts = { numerator: number; denominator: number };
export type RateDistribution = {
  organisations: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
};

export function rateDistribution(groups: readonly RateCounts[], threshold: number): RateDistribution {
  const rates = groups
    .filter((g) => g.denominator > 0 && g.denominator >= threshold)
    .map((g) => g.numerator / g.denominator)
    .sort((a, b) => a - b);
  return {
    organisations: rates.length,
    q1: quantile(rates, 0.25),
    median: quantile(rates, 0.5),
    q3: quantile(rates, 0.75),
  };
}

/** The p-quantile of sorted values by linear interpolation between order statistics (R's type 7). */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const low = sorted[lo] as number;
  const high = sorted[hi] as number;
  return low + (high - low) * (at - lo);
}
