import { interpolate } from "../../i18n/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { auditEn } from "./en.ts";
import { auditFi } from "./fi.ts";
import { auditSv } from "./sv.ts";
import type { AuditMessages } from "./types.ts";

export type { AuditMessages } from "./types.ts";

/** The audit log's words by language; the server words the audit page with them. */
export const auditMessages: Record<Locale, AuditMessages> = { fi: auditFi, sv: auditSv, en: auditEn };

/** One word from a group, or undefined when the catalogue has none for this key. */
export function auditWord<G extends keyof AuditMessages>(
  locale: Locale,
  group: G,
  key: string,
  params?: Record<string, string | number>,
): string | undefined {
  const words = auditMessages[locale][group] as Record<string, string>;
  const text = Object.hasOwn(words, key) ? words[key] : undefined;
  return text === undefined ? undefined : interpolate(text, params);
}
