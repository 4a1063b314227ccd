import { type Locale, locales } from "@core/i18n/locales";
import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useChangeLocale } from "./session.ts";

/** Picks the interface language; each language is named in itself. */
export function LanguageSwitcher({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  const change = useChangeLocale();
  return (
    <NativeSelect
      label={hideLabel ? undefined : t("language.label")}
      aria-label={hideLabel ? t("language.label") : undefined}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => change.mutate(event.currentTarget.value as Locale)}
      error={change.error ? change.error.message : undefined}
      w={hideLabel ? 130 : undefined}
    >
      {locales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {t(`language.names.${locale}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
