import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import type { SupervisionItemView } from "./supervision-api.ts";

/** One agenda line about a client, in words. */
export function SupervisionLine({ item }: { item: SupervisionItemView }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (item.kind) {
    case "no_employer_contact":
      return t("supervision.items.no_employer_contact", { days: item.days, since: format.date(item.since) });
    case "new_job":
      return t("supervision.items.new_job", { date: format.date(item.startedOn), day: item.day });
    case "job_loss":
      return item.reason
        ? t("supervision.items.job_loss", {
            date: format.date(item.endedOn),
            reason: t(`work.endReasons.${item.reason}`),
          })
        : t("supervision.items.job_loss_no_reason", { date: format.date(item.endedOn) });
    case "referral_waiting":
      return t("supervision.items.referral_waiting", { days: item.days, date: format.date(item.referredOn) });
  }
}
