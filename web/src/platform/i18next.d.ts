import type { Messages, OfflineMessages, SupervisionMessages } from "@core/i18n/index";
import "i18next";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages & SupervisionMessages & OfflineMessages };
  }
}
