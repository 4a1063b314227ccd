import { messages } from "@core/i18n/index";
import { defaultLocale, isLocale, type Locale, negotiateLocale } from "@core/i18n/locales";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

const storageKey = "polku.locale";

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

i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

void i18next.use(initReactI18next).init({
  resources: {
    fi: { translation: messages.fi },
    sv: { translation: messages.sv },
    en: { translation: messages.en },
  },
  lng: initialLocale(),
  fallbackLng: defaultLocale,
  supportedLngs: ["fi", "sv", "en"],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = currentLocale();

export { i18next };
