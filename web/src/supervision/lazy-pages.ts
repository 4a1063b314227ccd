import type { SupervisionMessages } from "@core/i18n/index";
import type { Locale } from "@core/i18n/locales";
import { addPageMessages, mergeMessages } from "../platform/i18n.ts";

/**
 * The supervision agenda's and the activity review's messages are not in the first page's
 * catalogue: these lazy routes fetch them beside the page's code (docs/performance.md budget).
 */
const catalogues: Record<Locale, () => Promise<SupervisionMessages>> = {
  fi: () => import("@core/i18n/fi/supervision").then((m) => m.supervision),
  sv: () => import("@core/i18n/sv/supervision").then((m) => m.supervision),
  en: () => import("@core/i18n/en/supervision").then((m) => m.supervision),
};
const loaded = new Map<Locale, Promise<void>>();

function load(locale: Locale): Promise<void> {
  let loading = loaded.get(locale);
  if (!loading) {
    loading = catalogues[locale]().then((catalogue) => mergeMessages(locale, catalogue));
    loaded.set(locale, loading);
  }
  return loading;
}

const withMessages = <T>(page: Promise<T>) => Promise.all([page, addPageMessages(load)]).then(([m]) => m);

/** The team lead's supervision agenda, with its messages. */
export const loadSupervisionPage = () => withMessages(import("./SupervisionPage.tsx"));
/** The review of activities whose type and mode disagree, with its messages. */
export const loadActivityReviewPage = () => withMessages(import("../activities/ActivityReviewPage.tsx"));
