import "@mantine/charts/styles.css";
import type { OutcomeDashboard } from "@core/contracts/outcomes";
import { LineChart } from "@mantine/charts";
import { Stack, Switch, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../platform/ui.tsx";
import { CellText, useOutcomeFormat } from "./Figure.tsx";

type Trend = OutcomeDashboard["trend"];

/**
 * The employment and progression rates by quarter. The chart is a picture for sighted users
 * (role="img" with a summary; the two lines differ by dash as well as colour); the same numbers,
 * and more, are in a real table: hidden from view but read by screen readers, and shown on demand.
 * This module is the only one that loads recharts, so the charts stay out of the first page.
 */
export function TrendSection({ trend, ruleSetLabel }: { trend: Trend; ruleSetLabel: string }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const m = (key: string) => t(`dashboards.metrics.${key}` as "dashboards.metrics.jobStarts");
  const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  const data = trend.map((row) => ({
    quarter: row.period.label,
    employmentRate: pct(row.figures.employmentRate.rate),
    progressionRate: pct(row.figures.progressionRate.rate),
  }));
  const summary = data
    .map((d) =>
      [
        d.quarter,
        d.employmentRate === null ? t("dashboards.noData") : f.percent(d.employmentRate / 100),
      ].join(" "),
    )
    .join(", ");

  const table = (
    <Table striped withTableBorder captionSide="top">
      <caption>{t("dashboards.trend.caption", { ruleSet: ruleSetLabel })}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("dashboards.trend.quarter")}</Table.Th>
          <Table.Th scope="col">{m("employmentRate")}</Table.Th>
          <Table.Th scope="col">{m("progressionRate")}</Table.Th>
          <Table.Th scope="col">{m("clientsIntoWork")}</Table.Th>
          <Table.Th scope="col">{m("jobStarts")}</Table.Th>
          <Table.Th scope="col">{m("educationStarts")}</Table.Th>
          <Table.Th scope="col">{m("workTrialStarts")}</Table.Th>
          <Table.Th scope="col">{m("workingAtEnd")}</Table.Th>
          <Table.Th scope="col">{m("caseloadDuringPeriod")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trend.map((row) => {
          const r = row.figures;
          const rate = (p: typeof r.employmentRate) => (
            <>
              {p.rate === null ? t("dashboards.noData") : f.percent(p.rate)} (<CellText cell={p.numerator} />
              {" / "}
              <CellText cell={p.denominator} />)
            </>
          );
          return (
            <Table.Tr key={row.period.label}>
              <Table.Th scope="row">{row.period.label}</Table.Th>
              <Table.Td>{rate(r.employmentRate)}</Table.Td>
              <Table.Td>{rate(r.progressionRate)}</Table.Td>
              <Table.Td>
                <CellText cell={r.clientsIntoWork} />
              </Table.Td>
              <Table.Td>
                <CellText cell={r.jobStarts} />
              </Table.Td>
              <Table.Td>
                <CellText cell={r.educationStarts} />
              </Table.Td>
              <Table.Td>
                <CellText cell={r.workTrialStarts} />
              </Table.Td>
              <Table.Td>
                <CellText cell={r.workingAtEnd} />
              </Table.Td>
              <Table.Td>
                <CellText cell={r.caseloadDuringPeriod} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {t("dashboards.trend.title")}
      </Title>
      <Text size="sm" c="dark.6">
        {ruleSetLabel}
      </Text>
      <div
        role="img"
        aria-label={t("dashboards.trend.chartLabel", {
          metric: m("employmentRate"),
          ruleSet: ruleSetLabel,
          summary,
        })}
      >
        <LineChart
          h={240}
          data={data}
          dataKey="quarter"
          series={[
            { name: "employmentRate", label: m("employmentRate"), color: "blue.9" },
            { name: "progressionRate", label: m("progressionRate"), color: "teal.9", strokeDasharray: "6 4" },
          ]}
          withLegend
          connectNulls={false}
          textColor="dark.6"
          yAxisProps={{ domain: [0, 100] }}
          valueFormatter={(value) => f.percent(value / 100)}
          accessibilityLayer={false}
          tooltipAnimationDuration={0}
        />
      </div>
      <Switch
        label={t("dashboards.trend.showTable")}
        checked={showTable}
        onChange={(e) => setShowTable(e.currentTarget.checked)}
      />
      {showTable ? (
        <TableScroll label={t("dashboards.trend.caption", { ruleSet: ruleSetLabel })}>{table}</TableScroll>
      ) : (
        <VisuallyHidden>{table}</VisuallyHidden>
      )}
    </Stack>
  );
}
