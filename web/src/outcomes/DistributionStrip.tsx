import type { OutcomeDashboard } from "@core/contracts/outcomes";
import { Group, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useOutcomeFormat } from "./Figure.tsx";
import { PercentAxis } from "./PercentAxis.tsx";

const width = 600;
const height = 90;
const pad = { left: 16, right: 16 };
const axisY = 64;

/**
 * Werkmonitor-style: the network's organisations' employment rates as a box (lower to upper
 * quartile) with the median line, and each organisation as a dot. A summary for screen readers;
 * the quartiles are also written out below, and every organisation's rate is in the parts table.
 */
export function DistributionStrip({
  distribution,
  parts,
  ruleSetLabel,
}: {
  distribution: NonNullable<OutcomeDashboard["distribution"]>;
  parts: OutcomeDashboard["parts"];
  ruleSetLabel: string;
}) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const headingId = useId();
  const x = (rate: number) => pad.left + rate * (width - pad.left - pad.right);
  const show = (rate: number | null) => (rate === null ? t("dashboards.noData") : f.percent(rate));
  const { q1, median, q3 } = distribution;
  const rates = parts.flatMap((p) =>
    p.figures.employmentRate.rate === null
      ? []
      : [{ id: p.id, name: p.name, rate: p.figures.employmentRate.rate }],
  );
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {t("dashboards.distribution.title")}
      </Title>
      <Text size="sm" c="dark.6">
        {ruleSetLabel}
      </Text>
      <Text size="sm" maw={720}>
        {t("dashboards.distribution.intro")}
      </Text>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: 720, height: "auto" }}
        role="img"
        aria-label={t("dashboards.distribution.chartLabel", {
          count: distribution.organisations,
          q1: show(q1),
          median: show(median),
          q3: show(q3),
        })}
      >
        <PercentAxis x={x} y={axisY} />
        {q1 !== null && q3 !== null ? (
          <rect
            x={x(q1)}
            y={14}
            width={Math.max(x(q3) - x(q1), 1)}
            height={40}
            fill="#d0ebff"
            stroke="#1864ab"
          />
        ) : null}
        {median !== null ? (
          <line x1={x(median)} x2={x(median)} y1={10} y2={58} stroke="#1864ab" strokeWidth={3} />
        ) : null}
        {rates.map((r) => (
          <circle key={r.id} cx={x(r.rate)} cy={34} r={5} fill="#212529" fillOpacity={0.75}>
            <title>{`${r.name}: ${f.percent(r.rate)}`}</title>
          </circle>
        ))}
      </svg>
      <Group gap="lg" component="dl" m={0}>
        {(
          [
            ["q1", q1],
            ["median", median],
            ["q3", q3],
          ] as const
        ).map(([key, value]) => (
          <Group gap={4} key={key}>
            <Text component="dt" size="sm" fw={700}>
              {t(`dashboards.distribution.${key}`)}:
            </Text>
            <Text component="dd" size="sm" m={0}>
              {show(value)}
            </Text>
          </Group>
        ))}
        <Group gap={4}>
          <Text component="dt" size="sm" fw={700}>
            {t("dashboards.distribution.organisations")}:
          </Text>
          <Text component="dd" size="sm" m={0}>
            {f.count(distribution.organisations)}
          </Text>
        </Group>
      </Group>
    </Stack>
  );
}
