import type { MessageKey, MessageParams } from "../i18n/types.ts";
import type { RateComparison } from "./types.ts";

/** Percentage points, whole: a plain-language sentence needs no decimal separator per language. */
function points(x: number): number {
  const p = Math.round(x * 100);
  return p === 0 ? 0 : p; // no "-0"
}

/**
 * What a comparison's difference interval means, in plain language: whether it includes zero (the
 * data cannot tell the groups apart) or not, and which way. Translated by the caller.
 */
export function comparisonSentence(c: RateComparison): { key: MessageKey; params: MessageParams } {
  const { estimate, low, high } = c.difference;
  if (estimate === null || low === null || high === null)
    return { key: "metrics.comparison.notEnoughData", params: {} };
  const params = { difference: points(estimate), low: points(low), high: points(high) };
  if (low > 0) return { key: "metrics.comparison.higher", params };
  if (high < 0) return { key: "metrics.comparison.lower", params };
  return { key: "metrics.comparison.includesZero", params };
}
