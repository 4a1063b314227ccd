import type { OutcomeDashboard } from "@core/contracts/outcomes";
import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../platform/format.ts";
import { QueryGate } from "../platform/ui.tsx";
import { DistributionStrip } from "./DistributionStrip.tsx";
import { DrillDownProvider } from "./DrillDown.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { hasSuppressed, SuppressionLegend } from "./Figure.tsx";
import { HeadlineCards } from "./HeadlineCards.tsx";
import { OutcomeFilters } from "./OutcomeFilters.tsx";
import { type OutcomeTarget, useOutcomeDashboard } from "./outcomes-api.ts";
import { PartsTable } from "./PartsTable.tsx";
import { TrendSection } from "./TrendSection.tsx";
import { useOutcomeFilters } from "./useOutcomeFilters.ts";

type Part = OutcomeDashboard["parts"][number];

/** "US learning community v1": the rule set a block of figures was computed by. */
export function useRuleSetLabel() {
  const { t } = useTranslation();
  return (ruleSet: OutcomeDashboard["ruleSet"]) =>
    t("dashboards.ruleSetVersion", {
      name: t(`dashboards.ruleSets.${ruleSet.id}`),
      version: ruleSet.version,
    });
}

/**
 * One outcome page, whatever its level: filters and exports, the quarter's headline figures,
 * the trend, the parts compared and, for a network, the distribution of its organisations.
 */
export function OutcomeDashboardView({
  target,
  linkOf,
}: {
  target: OutcomeTarget;
  linkOf?: (part: Part) => string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ruleSetLabelOf = useRuleSetLabel();
  const [filters, setFilters] = useOutcomeFilters();
  const dashboard = useOutcomeDashboard(target, filters);
  const headlineId = useId();
  const d = dashboard.data;
  const ruleSetLabel = d ? ruleSetLabelOf(d.ruleSet) : "";
  const current = d
    ? (d.trend.find((row) => row.period.label === d.period.label) ?? d.trend.at(-1))
    : undefined;
  const drillScope =
    target.level === "team" || target.level === "coach"
      ? {
          organisationId: target.organisationId,
          teamId: target.teamId,
          ...(target.level === "coach" ? { coachUserId: target.userId } : {}),
          quarter: filters.quarter,
          ruleSet: filters.ruleSet,
        }
      : null;

  return (
    <Stack>
      <Anchor component={Link} to="/outcomes" size="sm">
        {t("dashboards.back")}
      </Anchor>
      <Title order={1}>
        {d
          ? `${t(`dashboards.levels.${target.level}`)}: ${d.scope.name}`
          : t(`dashboards.levels.${target.level}`)}
      </Title>
      <OutcomeFilters value={filters} onChange={setFilters} />
      <Text size="sm" c="dark.6" maw={720}>
        {t(`dashboards.ruleSetDescriptions.${filters.ruleSet}`)}
      </Text>
      <ExportMenu target={target} query={filters} />
      <QueryGate isPending={dashboard.isPending} error={dashboard.error}>
        {d ? (
          <DrillDownProvider scope={drillScope}>
            <Stack gap="xl">
              <Stack component="section" aria-labelledby={headlineId} gap="xs">
                <Group justify="space-between" align="baseline">
                  <Title order={2} size="h3" id={headlineId}>
                    {t("dashboards.headline")}
                  </Title>
                  <Text size="sm" c="dark.6">
                    {t("dashboards.asOf", { time: format.dateTime(d.asOf) })}
                  </Text>
                </Group>
                <Text size="sm" c="dark.6">
                  {t("dashboards.figuresFor", { ruleSet: ruleSetLabel, period: d.period.label })}
                </Text>
                {current ? (
                  <HeadlineCards figures={current.figures} />
                ) : (
                  <Text>{t("dashboards.noData")}</Text>
                )}
                <SuppressionLegend
                  threshold={d.suppressionThreshold}
                  show={hasSuppressed(current?.figures)}
                />
              </Stack>
              {d.distribution ? (
                <DistributionStrip
                  distribution={d.distribution}
                  parts={d.parts}
                  ruleSetLabel={ruleSetLabel}
                />
              ) : null}
              {target.level !== "coach" ? (
                <Stack gap="xs">
                  <PartsTable
                    parts={d.parts}
                    kind={d.parts[0]?.kind ?? partKindOf(target.level)}
                    periodLabel={d.period.label}
                    ruleSetLabel={ruleSetLabel}
                    {...(linkOf ? { linkOf } : {})}
                  />
                  <SuppressionLegend threshold={d.suppressionThreshold} show={hasSuppressed(d.parts)} />
                </Stack>
              ) : null}
              <Stack gap="xs">
                <TrendSection trend={d.trend} ruleSetLabel={ruleSetLabel} />
                <SuppressionLegend threshold={d.suppressionThreshold} show={hasSuppressed(d.trend)} />
              </Stack>
            </Stack>
          </DrillDownProvider>
        ) : null}
      </QueryGate>
    </Stack>
  );
}

function partKindOf(level: OutcomeTarget["level"]): Part["kind"] {
  if (level === "team") return "coach";
  if (level === "organisation") return "team";
  return "organisation";
}
