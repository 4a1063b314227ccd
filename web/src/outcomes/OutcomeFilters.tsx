import { outcomeRuleSetIds } from "@core/outcomes/types";
import { Group, NativeSelect, SegmentedControl, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { lastFullQuarter, quartersBefore } from "./quarters.ts";
import { type OutcomeFilters as Filters, trendLengths } from "./useOutcomeFilters.ts";

/** Rule set, quarter and trend length; every control labelled, all reachable by keyboard. */
export function OutcomeFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (c: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const ruleSetLabelId = useId();
  const phone = useMediaQuery("(max-width: 600px)");
  // Finished quarters only; an older one from the address is kept at the end of the list.
  const quarters = quartersBefore(lastFullQuarter(), 12);
  if (!quarters.includes(value.quarter)) quarters.push(value.quarter);
  return (
    <Group align="end" gap="md" wrap="wrap" role="group" aria-label={t("dashboards.filters.label")}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={ruleSetLabelId}>
          {t("dashboards.filters.ruleSet")}
        </Text>
        <SegmentedControl
          aria-labelledby={ruleSetLabelId}
          // The rule sets' names are long: on a phone they stack instead of widening the page.
          orientation={phone ? "vertical" : "horizontal"}
          fullWidth={phone}
          value={value.ruleSet}
          onChange={(ruleSet) => onChange({ ruleSet: ruleSet as Filters["ruleSet"] })}
          data={outcomeRuleSetIds.map((id) => ({ value: id, label: t(`dashboards.ruleSets.${id}`) }))}
        />
      </Stack>
      <NativeSelect
        label={t("dashboards.filters.quarter")}
        value={value.quarter}
        onChange={(e) => onChange({ quarter: e.currentTarget.value })}
        data={quarters}
      />
      <NativeSelect
        label={t("dashboards.filters.quarters")}
        value={String(value.quarters)}
        onChange={(e) => onChange({ quarters: Number(e.currentTarget.value) })}
        data={trendLengths.map((n) => ({
          value: String(n),
          label: t("dashboards.filters.quartersOption", { count: n }),
        }))}
      />
    </Group>
  );
}
