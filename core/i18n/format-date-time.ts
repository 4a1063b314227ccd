import { displayTimeZone, type Locale } from "./locales.ts";

/** The Intl locale each interface language formats dates and numbers with. */
export const intlLocales: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** A date and time in Finnish time, in the given language ("2.10.2025 klo 11.30" in Finnish). */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: displayTimeZone,
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in the given language ("7.12.2026" in Finnish). */
export function formatShortDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: "short", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A time of day in Finnish time, in the given language ("10.00" in Finnish, as formatDateTime writes it). */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeStyle: "short",
    timeZone: displayTimeZone,
  }).format(new Date(iso));
}

/**
 * A span of time of day, both ends by one formatter in the given language ("9.00–10.00" in
 * Finnish and Swedish, "09:00–10:00" in English), so the two ends never mix separators.
 */
export function formatTimeRange(startIso: string, endIso: string, locale: Locale): string {
  return `${formatTime(startIso, locale)}–${formatTime(endIso, locale)}`;
}
