import { SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Label–value pairs of a plan as a description list; empty values show a dash. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" fw={700}>
            {label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
            {value === null || value === undefined || value === "" ? t("common.none") : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** A list of names as one line. */
export const joined = (items: readonly string[]) => items.join(", ");
