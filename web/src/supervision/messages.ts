import { supervision as en } from "@core/i18n/en/supervision";
import { supervision as fi } from "@core/i18n/fi/supervision";
import { supervision as sv } from "@core/i18n/sv/supervision";
import { getI18n } from "react-i18next";

/*
 * The supervision agenda's and the activity review's messages are not in the first page's
 * catalogue (docs/performance.md budget): the two pages import this module, which adds them in
 * all three languages, so a later language switch needs nothing more. It reaches i18next through
 * react-i18next, which every page already shares: importing i18next or platform/i18n.ts here
 * would make the bundler split the first page's shared chunk.
 */
for (const [locale, catalogue] of Object.entries({ fi, sv, en }))
  getI18n().addResourceBundle(locale, "translation", catalogue, true, false);
