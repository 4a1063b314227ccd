import type { MessageKey, MessageParams } from "@core/i18n/index";
import { defaultLocale, isLocale, type Locale, negotiateLocale } from "@core/i18n/locales";
import type {
  AppointmentsCatalogue,
  Catalogue,
  DocumentsCatalogue,
  OfflineCatalogue,
  OutcomesCatalogue,
  SupervisionCatalogue,
  WeekCalendarCatalogue,
} from "@core/i18n/types";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

const storageKey = "polku.locale";

/**
 * Each language's catalogue is its own chunk, fetched only when that language is used: a page
 * in Finnish never downloads the Swedish and English messages (issue 10, docs/performance.md).
 * The server still imports all three from core/i18n/index.ts.
 */
const catalogues: Record<Locale, () => Promise<Catalogue>> = {
  fi: () => import("@core/i18n/fi").then((m) => m.fi),
  sv: () => import("@core/i18n/sv").then((m) => m.sv),
  en: () => import("@core/i18n/en").then((m) => m.en),
};

/** Feature catalogues (core/i18n/types.ts), fetched with the feature's lazy page or tab. */
const featureCatalogues = {
  documents: {
    fi: () => import("@core/i18n/fi/documents").then((m) => m.documents),
    sv: () => import("@core/i18n/sv/documents").then((m) => m.documents),
    en: () => import("@core/i18n/en/documents").then((m) => m.documents),
  },
  outcomes: {
    fi: () => import("@core/i18n/fi/outcomes-area").then((m) => m.outcomesArea),
    sv: () => import("@core/i18n/sv/outcomes-area").then((m) => m.outcomesArea),
    en: () => import("@core/i18n/en/outcomes-area").then((m) => m.outcomesArea),
  },
  supervision: {
    fi: () => import("@core/i18n/fi/supervision").then((m) => m.supervision),
    sv: () => import("@core/i18n/sv/supervision").then((m) => m.supervision),
    en: () => import("@core/i18n/en/supervision").then((m) => m.supervision),
  },
  weekCalendar: {
    fi: () => import("@core/i18n/fi/week-calendar").then((m) => m.weekCalendar),
    sv: () => import("@core/i18n/sv/week-calendar").then((m) => m.weekCalendar),
    en: () => import("@core/i18n/en/week-calendar").then((m) => m.weekCalendar),
  },
  appointments: {
    fi: () => import("@core/i18n/fi/appointments-area").then((m) => m.appointmentsArea),
    sv: () => import("@core/i18n/sv/appointments-area").then((m) => m.appointmentsArea),
    en: () => import("@core/i18n/en/appointments-area").then((m) => m.appointmentsArea),
  },
  offline: {
    fi: () => import("@core/i18n/fi/offline").then((m) => m.offline),
    sv: () => import("@core/i18n/sv/offline").then((m) => m.offline),
    en: () => import("@core/i18n/en/offline").then((m) => m.offline),
  },
} satisfies Record<
  string,
  Record<
    Locale,
    () => Promise<
      | DocumentsCatalogue
      | OutcomesCatalogue
      | SupervisionCatalogue
      | WeekCalendarCatalogue
      | AppointmentsCatalogue
      | OfflineCatalogue
    >
  >
>;
export type Feature = keyof typeof featureCatalogues;
const loadedFeatures = new Set<Feature>();

async function addFeature(feature: Feature, locale: Locale): Promise<void> {
  // Deep-merged into the language's one bundle, so keys stay `documents.…` as typed.
  i18next.addResourceBundle(locale, "translation", await featureCatalogues[feature][locale](), true, true);
}

/** Loads a feature's messages in the current language (and in any language switched to later). */
export async function loadFeatureMessages(feature: Feature): Promise<void> {
  if (loadedFeatures.has(feature)) return;
  await addFeature(feature, currentLocale());
  loadedFeatures.add(feature);
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language to start in: the remembered choice, else the browser's preference. */
function initialLocale(): Locale {
  return storedLocale() ?? negotiateLocale(navigator.languages.join(","));
}

/** Remembers the choice on this device, for pages shown before signing in. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be disabled (private mode); the language still applies to this page.
  }
}

export function currentLocale(): Locale {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(lng) ? lng : defaultLocale;
}

// Tracked here, not asked of i18next: a feature catalogue may already have been added to a
// language whose first-page catalogue is not loaded yet.
const loaded = new Set<Locale>();

async function loadCatalogue(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  i18next.addResourceBundle(locale, "translation", await catalogues[locale](), true, false);
  loaded.add(locale);
}

/** Switches the interface language, fetching its catalogue first so no key shows untranslated. */
export async function changeLocale(locale: Locale): Promise<void> {
  await loadCatalogue(locale);
  await Promise.all([...loadedFeatures].map((feature) => addFeature(feature, locale)));
  await i18next.changeLanguage(locale);
}

/** A message in the current language, for code outside React components (API errors). */
export function message(key: MessageKey | (string & {}), params?: MessageParams): string {
  return i18next.t(key as MessageKey, params ?? {});
}

i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

/**
 * Starts i18next with the starting language's catalogue loaded; main.tsx renders only after
 * this resolves, so the first paint is already translated.
 */
export async function startI18n(): Promise<void> {
  const lng = initialLocale();
  const catalogue = await catalogues[lng]();
  loaded.add(lng);
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: catalogue } },
    lng,
    // Every catalogue has exactly the Finnish keys (core/i18n/types.ts), so nothing falls back.
    fallbackLng: false,
    supportedLngs: ["fi", "sv", "en"],
    // React escapes output itself.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = currentLocale();
}

export { i18next };
