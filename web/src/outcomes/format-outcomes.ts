import type { Locale } from "@core/i18n/locales";
import { intlLocales } from "../../../core/i18n/format-date-time.ts";

/** Figures formatted for the UI language: fi "33,3 %" (non-breaking space), sv "33,3 %", en "33.3%". */

export function formatPercent(rate: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "percent",
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(rate);
}

/** A percentage range such as "25–42 %" (the unit once, at the end, as Finnish style has it). */
export function formatPercentRange(low: number, high: number, locale: Locale): string {
  const high100 = formatPercent(high, locale);
  const low100 = new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 0 }).format(low * 100);
  return `${low100}–${high100}`;
}

export function formatCount(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits }).format(value);
}

export function formatEuro(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
