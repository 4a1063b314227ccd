import type { OutcomeFiguresView, proportion as proportionSchema } from "@core/contracts/outcomes";
import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { DrillCount } from "./DrillDown.tsx";
import { type Cell, CellText, SuppressedMark, useOutcomeFormat } from "./Figure.tsx";
import type { DrillDownMetric } from "./outcomes-api.ts";

type Proportion = z.infer<typeof proportionSchema>;
type Median = OutcomeFiguresView["daysToFirstJob"];

function FigureCard({ title, help, children }: { title: string; help?: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Stack gap={2}>
        <Title order={3} size="h6">
          {title}
        </Title>
        {children}
        {help ? (
          <Text size="xs" c="dark.6">
            {help}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** A rate in large type, "n / d" below (the numerator drillable) and its 95 % Wilson interval. */
function RateFigure({ p, metric, label }: { p: Proportion; metric?: DrillDownMetric; label: string }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  return (
    <>
      <Text fz="xl" fw={700}>
        {p.rate === null ? (
          p.numerator.suppressed !== false ? (
            <SuppressedMark />
          ) : (
            t("dashboards.noData")
          )
        ) : (
          f.percent(p.rate)
        )}
      </Text>
      <Text size="sm">
        {metric ? (
          <DrillCount cell={p.numerator} metric={metric} label={label} />
        ) : (
          <CellText cell={p.numerator} />
        )}
        {" / "}
        <CellText cell={p.denominator} />
      </Text>
      {p.low !== null && p.high !== null ? (
        <Text size="xs" c="dark.6">
          {t("dashboards.interval", { range: f.range(p.low, p.high) })}
        </Text>
      ) : null}
    </>
  );
}

function CountFigure({ cell, metric, label }: { cell: Cell; metric?: DrillDownMetric; label: string }) {
  return (
    <Text fz="xl" fw={700} component="div">
      {metric ? <DrillCount cell={cell} metric={metric} label={label} big /> : <CellText cell={cell} />}
    </Text>
  );
}

/** A median of days; "not reached" when fewer than half have had the event yet (Kaplan–Meier). */
function MedianFigure({ m }: { m: Median }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  return (
    <>
      <Text fz="xl" fw={700}>
        {m.n === 0
          ? t("dashboards.noData")
          : m.median === null
            ? t("dashboards.notReached")
            : t("dashboards.medianDays", { value: f.count(m.median) })}
      </Text>
      {m.n > 0 ? (
        <Text size="xs" c="dark.6">
          {t("dashboards.medianOf", { n: f.count(m.n), censored: f.count(m.censored) })}
        </Text>
      ) : null}
    </>
  );
}

const counts: [keyof OutcomeFiguresView & DrillDownMetric, DrillDownMetric][] = [
  ["clientsIntoWork", "clientsIntoWork"],
  ["jobStarts", "jobStarts"],
  ["educationStarts", "educationStarts"],
  ["workTrialStarts", "workTrialStarts"],
  ["workingAtEnd", "workingAtEnd"],
  ["caseloadDuringPeriod", "caseloadDuringPeriod"],
  ["newAgreements", "newAgreements"],
  ["closures", "closures"],
];

/** The period's figures as cards; they stack to one column on a phone. */
export function HeadlineCards({ figures }: { figures: OutcomeFiguresView }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const m = (key: string) => t(`dashboards.metrics.${key}` as "dashboards.metrics.jobStarts");
  const endings = figures.jobEndingsByReason.filter(
    (e) => e.count.suppressed !== false || (e.count.value ?? 0) > 0,
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
      <FigureCard title={m("employmentRate")} help={t("dashboards.metricHelp.employmentRate")}>
        <RateFigure p={figures.employmentRate} metric="employedDuringPeriod" label={m("employmentRate")} />
      </FigureCard>
      <FigureCard title={m("progressionRate")} help={t("dashboards.metricHelp.progressionRate")}>
        <RateFigure p={figures.progressionRate} metric="progressed" label={m("progressionRate")} />
      </FigureCard>
      {counts.map(([key, metric]) => (
        <FigureCard key={key} title={m(key)}>
          <CountFigure cell={figures[key]} metric={metric} label={m(key)} />
        </FigureCard>
      ))}
      <FigureCard title={m("caseloadAtEnd")}>
        <CountFigure cell={figures.caseloadAtEnd} label={m("caseloadAtEnd")} />
      </FigureCard>
      <FigureCard
        title={m("daysToFirstEmployerContact")}
        help={t("dashboards.metricHelp.daysToFirstEmployerContact")}
      >
        <MedianFigure m={figures.daysToFirstEmployerContact} />
        <Text size="sm">
          {m("firstEmployerContactWithin30Days")}:{" "}
          {figures.firstEmployerContactWithin30Days.rate === null
            ? t("dashboards.noData")
            : f.percent(figures.firstEmployerContactWithin30Days.rate)}
        </Text>
      </FigureCard>
      <FigureCard title={m("daysToFirstJob")} help={t("dashboards.metricHelp.daysToFirstJob")}>
        <MedianFigure m={figures.daysToFirstJob} />
      </FigureCard>
      <FigureCard title={m("jobTenureDays")}>
        <MedianFigure m={figures.jobTenureDays} />
        <Text size="sm">
          {m("jobsLasting90Days")}:{" "}
          {figures.jobsLasting90Days.rate === null
            ? t("dashboards.noData")
            : f.percent(figures.jobsLasting90Days.rate)}
        </Text>
      </FigureCard>
      <FigureCard title={m("medianHoursPerWeek")}>
        <Text fz="xl" fw={700}>
          {figures.medianHoursPerWeek === null
            ? t("dashboards.noData")
            : t("dashboards.hours", { value: f.count(figures.medianHoursPerWeek) })}
        </Text>
      </FigureCard>
      <FigureCard title={m("medianHourlyWage")}>
        <Text fz="xl" fw={700}>
          {figures.medianHourlyWage === null ? t("dashboards.noData") : f.euro(figures.medianHourlyWage)}
        </Text>
      </FigureCard>
      <FigureCard title={m("jobEndingsByReason")}>
        {endings.length === 0 ? (
          <Text size="sm">{t("dashboards.noEndings")}</Text>
        ) : (
          <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {endings.map((e) => (
              <Text key={e.reason} size="sm" component="li">
                {t(`work.endReasons.${e.reason}`)}: <CellText cell={e.count} />
              </Text>
            ))}
          </Stack>
        )}
      </FigureCard>
    </SimpleGrid>
  );
}
