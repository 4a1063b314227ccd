import type { cell as cellSchema } from "@core/contracts/outcomes";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useFormat } from "../platform/format.ts";
import { formatCount, formatEuro, formatPercent, formatPercentRange } from "./format-outcomes.ts";

export type Cell = z.infer<typeof cellSchema>;

/** The locale-bound formatters of the outcome pages. */
export function useOutcomeFormat() {
  const { locale } = useFormat();
  return {
    locale,
    count: (value: number) => formatCount(value, locale),
    percent: (rate: number, digits = 0) => formatPercent(rate, locale, digits),
    range: (low: number, high: number) => formatPercentRange(low, high, locale),
    euro: (value: number) => formatEuro(value, locale),
  };
}

/** A withheld number: a word, never 0, with the reason on hover and in the legend under the block. */
export function SuppressedMark() {
  const { t } = useTranslation();
  return (
    <Text span fs="italic" c="dark.6" title={t("dashboards.suppressedTitle")}>
      {t("dashboards.suppressed")}
    </Text>
  );
}

/** A count cell as text (suppressed cells as the marker). */
export function CellText({ cell }: { cell: Cell }) {
  const f = useOutcomeFormat();
  if (cell.suppressed !== false || cell.value === null) return <SuppressedMark />;
  return <>{f.count(cell.value)}</>;
}

/** True when any cell in the value (figures, parts, …) is withheld: then the legend is shown. */
export function hasSuppressed(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasSuppressed);
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  if ("suppressed" in record && record.suppressed !== false && "value" in record) return true;
  return Object.values(record).some(hasSuppressed);
}

/** The suppression rule, said once under a block that has withheld cells. */
export function SuppressionLegend({ threshold, show }: { threshold: number | null; show: boolean }) {
  const { t } = useTranslation();
  if (!show || threshold === null) return null;
  return (
    <Text size="sm" c="dark.6">
      {t("dashboards.suppressedLegend", { threshold })}
    </Text>
  );
}
