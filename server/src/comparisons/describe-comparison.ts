import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { RateComparison } from "../../../core/outcomes/types.ts";

const numberLocale: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/**
 * What the difference's 95 % interval means, in plain words for a team lead or a funder: above
 * zero, below zero, or spanning zero ("these data cannot tell the groups apart"), with the
 * difference and its interval in percentage points.
 */
export function describeComparison(c: RateComparison, locale: Locale): string {
  const { estimate, low, high } = c.difference;
  if (estimate === null || low === null || high === null) {
    return translate(locale, "comparisons.sentence.tooFew");
  }
  const points = new Intl.NumberFormat(numberLocale[locale], { maximumFractionDigits: 1 });
  const params = {
    difference: points.format(estimate * 100),
    low: points.format(low * 100),
    high: points.format(high * 100),
  };
  // "higher"/"lower" already say the sign.
  const size = points.format(Math.abs(estimate) * 100);
  if (low > 0) return translate(locale, "comparisons.sentence.higher", { ...params, difference: size });
  if (high < 0) return translate(locale, "comparisons.sentence.lower", { ...params, difference: size });
  return translate(locale, "comparisons.sentence.cannotTell", params);
}
