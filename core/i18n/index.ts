import { appointmentsArea as appointmentsEn } from "./en/appointments-area.ts";
import { documents as documentsEn } from "./en/documents.ts";
import { offline as enOffline } from "./en/offline.ts";
import { outcomesArea as outcomesEn } from "./en/outcomes-area.ts";
import { supervision as enSupervision } from "./en/supervision.ts";
import { weekCalendar as enWeekCalendar } from "./en/week-calendar.ts";
import { en } from "./en.ts";
import { appointmentsArea as appointmentsFi } from "./fi/appointments-area.ts";
import { documents as documentsFi } from "./fi/documents.ts";
import { offline as fiOffline } from "./fi/offline.ts";
import { outcomesArea as outcomesFi } from "./fi/outcomes-area.ts";
import { supervision as fiSupervision } from "./fi/supervision.ts";
import { weekCalendar as fiWeekCalendar } from "./fi/week-calendar.ts";
import { fi } from "./fi.ts";
import { defaultLocale, type Locale } from "./locales.ts";
import { appointmentsArea as appointmentsSv } from "./sv/appointments-area.ts";
import { documents as documentsSv } from "./sv/documents.ts";
import { offline as svOffline } from "./sv/offline.ts";
import { outcomesArea as outcomesSv } from "./sv/outcomes-area.ts";
import { supervision as svSupervision } from "./sv/supervision.ts";
import { weekCalendar as svWeekCalendar } from "./sv/week-calendar.ts";
import { sv } from "./sv.ts";
import type { MessageKey, MessageParams, Messages } from "./types.ts";

export type { MessageKey, MessageParams, Messages } from "./types.ts";

/** Every catalogue, by locale. Finnish is the source of truth. */
export const messages: Record<Locale, Messages> = {
  fi: merge(
    merge(
      merge(merge(merge(merge(fi, documentsFi), outcomesFi), fiSupervision), fiWeekCalendar),
      appointmentsFi,
    ),
    fiOffline,
  ),
  sv: merge(
    merge(
      merge(merge(merge(merge(sv, documentsSv), outcomesSv), svSupervision), svWeekCalendar),
      appointmentsSv,
    ),
    svOffline,
  ),
  en: merge(
    merge(
      merge(merge(merge(merge(en, documentsEn), outcomesEn), enSupervision), enWeekCalendar),
      appointmentsEn,
    ),
    enOffline,
  ),
};

/** A catalogue with a feature's messages merged in (a feature may add to `validation`). */
function merge<A extends object, B extends object>(base: A, feature: B): A & B {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(feature)) {
    const existing = out[key];
    out[key] =
      typeof value === "object" && typeof existing === "object" && existing !== null
        ? merge(existing, value as object)
        : value;
  }
  return out as A & B;
}

function lookup(catalogue: Messages, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Replaces `{{name}}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The message for `key` in `locale`, with `{{name}}` placeholders filled in. Falls back to the
 * default locale, then to the key itself, so a missing string is visible rather than blank.
 */
export function translate(locale: Locale, key: MessageKey | (string & {}), params?: MessageParams): string {
  const template = lookup(messages[locale], key) ?? lookup(messages[defaultLocale], key) ?? key;
  return interpolate(template, params);
}
