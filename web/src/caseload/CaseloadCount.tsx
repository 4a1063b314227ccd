import { caseloadAgainstFte } from "@core/caseload/limit";
import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";

/**
 * "14 / 20 active" with a bar, the limit scaled by the coach's FTE (20 per full-time coach, S1);
 * over the limit is said in words, not just in red. Without a recorded FTE there is no limit to
 * draw: the count is shown with "FTE not recorded", never against a guessed 20.
 */
export function CaseloadCount({ active, fte }: { active: number; fte: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { limit, over } = caseloadAgainstFte(active, fte);
  if (limit === null || fte === null) {
    return (
      <Stack gap={6}>
        <Text fw={700} fz="xl">
          {t("caseload.activeCount", { active })}
        </Text>
        <Text size="sm">{t("caseload.fteNotRecorded")}</Text>
      </Stack>
    );
  }
  const label = t("caseload.activeOfLimit", { active, limit: format.number(limit) });
  return (
    <Stack gap={6}>
      <Group gap="xs" align="baseline">
        <Text fw={700} fz="xl">
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {t("caseload.fte", { fte: format.number(fte) })}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, (active / limit) * 100)}
        color={over ? "red.9" : "blue.8"}
        aria-label={label}
      />
      {over ? (
        <Text size="sm" fw={600} c="red.9">
          {t("caseload.overLimit")}
        </Text>
      ) : null}
    </Stack>
  );
}
