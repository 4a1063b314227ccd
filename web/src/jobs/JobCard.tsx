import type { CompetitiveRuleSet } from "@core/jobs/competitive";
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import type { JobListItem } from "./types.ts";

/** One job; the competitive flag comes with the rule that decided it. */
export function JobCard({ job, onEdit, onEnd }: { job: JobListItem; onEdit: () => void; onEnd: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = `${job.title}, ${job.employerName}`;
  const dates = `${format.date(job.startDate)} – ${job.endDate ? format.date(job.endDate) : t("workUi.ongoing")}`;
  return (
    <Paper component="article" withBorder p="md" aria-label={name}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={700}>{name}</Text>
            <Text size="sm" c="dimmed">
              {dates}
              {job.hoursPerWeek !== null
                ? ` · ${t("workUi.hoursShort", { hours: format.number(job.hoursPerWeek) })}`
                : ""}
            </Text>
          </div>
          {job.view === "full" ? (
            <Badge color={job.competitive ? "green" : "gray"} variant="light" tt="none">
              {job.competitive ? t("work.competitive") : t("work.notCompetitive")}
            </Badge>
          ) : null}
        </Group>
        {job.view === "full" ? (
          <>
            <Text size="sm">
              {t(`work.contractTypes.${job.contractType}`)}
              {job.hourlyWage !== null
                ? ` · ${t("workUi.wageShort", { wage: format.euros(job.hourlyWage) })}`
                : ""}
              {job.occupation ? ` · ${job.occupation}` : ""}
              {job.occupationCode ? ` (${job.occupationCode})` : ""}
            </Text>
            <Group gap={4}>
              {job.workTrialId ? (
                <Badge variant="outline" color="blue" tt="none">
                  {t("workUi.fromWorkTrial")}
                </Badge>
              ) : null}
              {job.foundWithCoach ? (
                <Badge variant="outline" color="gray" tt="none">
                  {t("workUi.foundWithCoach")}
                </Badge>
              ) : null}
              {job.wageSubsidy ? (
                <Badge variant="outline" color="gray" tt="none">
                  {t("workUi.wageSubsidy")}
                </Badge>
              ) : null}
              {job.setAside ? (
                <Badge variant="outline" color="gray" tt="none">
                  {t("workUi.setAside")}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {t("workUi.competitiveRule")}{" "}
              {t("workUi.ruleSet", {
                name: t(`workUi.ruleSetNames.${job.competitiveRules.id as CompetitiveRuleSet["id"]}`),
                version: job.competitiveRules.version,
              })}
            </Text>
            {job.endReason ? (
              <Text size="sm">
                {t("workUi.endedBecause", {
                  reason: t(`work.endReasons.${job.endReason}`),
                  learned: job.endLearnedOn ? format.date(job.endLearnedOn) : t("common.none"),
                })}
              </Text>
            ) : null}
            {job.notes ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {job.notes}
              </Text>
            ) : null}
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={onEdit}
                aria-label={t("workUi.editNamed", { name })}
              >
                {t("common.edit")}
              </Button>
              {job.endDate ? null : (
                <Button
                  size="xs"
                  variant="default"
                  onClick={onEnd}
                  aria-label={t("workUi.endJobNamed", { name })}
                >
                  {t("workUi.endJob")}
                </Button>
              )}
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
