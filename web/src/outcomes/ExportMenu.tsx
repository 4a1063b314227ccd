import { exportFormats } from "@core/contracts/outcomes";
import { Button, Group, Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { exportHref, type OutcomeQuery, type OutcomeTarget } from "./outcomes-api.ts";

/** Download links for the page's figures, with the same query (rule set, quarter, trend). */
export function ExportMenu({ target, query }: { target: OutcomeTarget; query: OutcomeQuery }) {
  const { t } = useTranslation();
  const labelId = useId();
  if (exportHref(target, query, "csv") === null) return null;
  return (
    <Group gap="xs" role="group" aria-labelledby={labelId}>
      <Text size="sm" fw={500} id={labelId}>
        {t("dashboards.export.label")}:
      </Text>
      {exportFormats.map((format) => (
        <Button
          key={format}
          component="a"
          href={exportHref(target, query, format) ?? undefined}
          download
          variant="default"
          size="xs"
        >
          {t(`dashboards.export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
