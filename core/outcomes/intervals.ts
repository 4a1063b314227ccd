import type { Proportion, RateComparison } from "./types.ts";

/** The normal quantile for a two-sided 95 % interval. */
export const Z95 = 1.96;

type Counts = { numerator: number; denominator: number };

/**
 * A proportion with its Wilson score interval (95 % by default). Wilson rather than the simple
 * p ± z·SE because team-sized groups are small and rates near 0 or 1 are common: the interval stays
 * inside [0, 1] and is not zero-width at 0/n or n/n. Rate and interval are null when n = 0.
 */
export function wilson(numerator: number, denominator: number, z = Z95): Proportion {
  if (
    !Number.isInteger(numerator) ||
    !Number.isInteger(denominator) ||
    numerator < 0 ||
    numerator > denominator
  )
    throw new Error(`not a proportion: ${numerator}/${denominator}`);
  if (denominator === 0) return { numerator, denominator, rate: null, low: null, high: null };
  const n = denominator;
  const p = numerator / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    numerator,
    denominator,
    rate: p,
    low: numerator === 0 ? 0 : Math.max(0, centre - half),
    high: numerator === n ? 1 : Math.min(1, centre + half),
  };
}

const none = { estimate: null, low: null, high: null };

/**
 * Two groups' rates compared: the difference (IPS − comparison) with Newcombe's hybrid score
 * interval (method 10, built from the two Wilson intervals) and the ratio (IPS ÷ comparison) with
 * the log-normal (Katz) interval. The ratio's interval is null when either numerator is 0 (its log
 * is undefined) and the estimate too when the comparison rate is 0.
 */
export function compareRates(ips: Counts, comparison: Counts): RateComparison {
  const a = wilson(ips.numerator, ips.denominator);
  const b = wilson(comparison.numerator, comparison.denominator);
  if (
    a.rate === null ||
    b.rate === null ||
    a.low === null ||
    a.high === null ||
    b.low === null ||
    b.high === null
  )
    return { ips: a, comparison: b, difference: none, ratio: none };
  const d = a.rate - b.rate;
  const difference = {
    estimate: d,
    low: d - Math.sqrt((a.rate - a.low) ** 2 + (b.high - b.rate) ** 2),
    high: d + Math.sqrt((a.high - a.rate) ** 2 + (b.rate - b.low) ** 2),
  };
  let ratio: RateComparison["ratio"] = none;
  if (b.rate > 0) {
    const estimate = a.rate / b.rate;
    if (a.numerator > 0) {
      const se = Math.sqrt(1 / a.numerator - 1 / a.denominator + 1 / b.numerator - 1 / b.denominator);
      ratio = {
        estimate,
        low: Math.exp(Math.log(estimate) - Z95 * se),
        high: Math.exp(Math.log(estimate) + Z95 * se),
      };
    } else ratio = { estimate, low: null, high: null };
  }
  return { ips: a, comparison: b, difference, ratio };
}
