import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";

/** "14 / 20 active" with a bar; over the limit is said in words, not just in red. */
export function CaseloadCount({
  active,
  limit,
  fte,
}: {
  active: number;
  limit: number;
  fte?: number | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const over = active > limit;
  return (
    <Stack gap={6}>
      <Group gap="xs" align="baseline">
        <Text fw={700} fz="xl">
          {t("caseload.activeOfLimit", { active, limit })}
        </Text>
        {fte !== undefined && fte !== null ? (
          <Text size="sm" c="dimmed">
            {t("caseload.fte", { fte: format.number(fte) })}
          </Text>
        ) : null}
      </Group>
      <Progress
        value={Math.min(100, (active / Math.max(limit, 1)) * 100)}
        color={over ? "red.9" : "blue.8"}
        aria-label={t("caseload.activeOfLimit", { active, limit })}
      />
      {over ? (
        <Text size="sm" fw={600} c="red.9">
          {t("caseload.overLimit")}
        </Text>
      ) : null}
    </Stack>
  );
}
