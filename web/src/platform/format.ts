import { useTranslation } from "react-i18next";
import {
  formatDateTime,
  formatTime,
  formatTimeRange,
  intlLocales,
} from "../../../core/i18n/format-date-time.ts";
import { displayTimeZone, type Locale } from "../../../core/i18n/locales.ts";

export { formatDateTime };

import { currentLocale } from "./i18n.ts";

/** A calendar date in Finnish time, in the given language. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    dateStyle: "medium",
    timeZone: displayTimeZone,
  }).format(new Date(iso));
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits }).format(value);
}

/** An amount of euros with its cents (12,80), without the currency sign (the message carries the unit). */
export function formatEuros(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** Formatters bound to the active language; re-render on language change. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage as Locale | undefined) ?? currentLocale();
  return {
    locale,
    dateTime: (iso: string) => formatDateTime(iso, locale),
    /** A time of day written as dateTime writes it, e.g. an appointment's end after its start. */
    time: (iso: string) => formatTime(iso, locale),
    /** From one time of day to another, both written alike ("9.00–10.00" in Finnish). */
    timeRange: (startIso: string, endIso: string) => formatTimeRange(startIso, endIso, locale),
    date: (iso: string) => formatDate(iso, locale),
    number: (value: number) => formatNumber(value, locale),
    euros: (value: number) => formatEuros(value, locale),
  };
}

export { helsinkiLocalToIso } from "@core/time/local-time";
