import { Alert, Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../platform/ui.tsx";
import { useOutcomeFormat } from "../Figure.tsx";
import { formatCount } from "../format-outcomes.ts";
import type { OutcomeComparison } from "./comparisons-api.ts";
import { IntervalChart } from "./IntervalChart.tsx";

/** Percentage points, whole and signed with a real minus sign: "+11", "−9". */
function points(x: number): string {
  const p = Math.round(x * 100);
  return p > 0 ? `+${p}` : p < 0 ? `−${-p}` : "0";
}

/**
 * IPS against the comparison group: each group's rate with its 95 % Wilson interval, the
 * difference (percentage points) and ratio with theirs, and the server's plain-language sentence
 * of what the interval means. The chart has the table as its alternative.
 */
export function ComparisonResult({ result }: { result: OutcomeComparison }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const headingId = useId();
  const dash = t("dashboards.noData");
  const groups = [
    { key: "ips", label: t("comparisons.ipsGroup", { team: result.team.name }), value: result.ips },
    {
      key: "comparison",
      label: t("comparisons.cohortGroup", { cohort: result.cohort.name }),
      value: result.comparison,
    },
  ];
  const ratio = (x: number | null) => (x === null ? dash : formatCount(x, f.locale, 2));
  const { difference: d, ratio: r } = result;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t("comparisons.resultTitle", { team: result.team.name, cohort: result.cohort.name })}
      </Title>
      <Text size="sm" c="dark.6">
        {t("comparisons.resultMeta", {
          from: result.period.from,
          to: result.period.to,
          ruleSet: t(`dashboards.ruleSets.${result.ruleSet.id}`),
          version: result.ruleSet.version,
          situation: result.situation
            ? t(`episodes.situations.${result.situation}`)
            : t("comparisons.allSituations"),
        })}
      </Text>
      <Alert variant="light" color="blue" title={t("comparisons.meaning")}>
        <Text data-testid="comparison-sentence">{result.sentence}</Text>
      </Alert>
      <IntervalChart rows={groups.map((g) => ({ label: g.label, ...g.value }))} />
      <TableScroll label={t("comparisons.tableLabel")}>
        <Table striped>
          <Table.Caption>{t("comparisons.tableCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("comparisons.group")}</Table.Th>
              <Table.Th scope="col">{t("comparisons.employedOf")}</Table.Th>
              <Table.Th scope="col">{t("comparisons.rate")}</Table.Th>
              <Table.Th scope="col">{t("comparisons.interval")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Th scope="row">{g.label}</Table.Th>
                <Table.Td>
                  {t("comparisons.employedOfValue", {
                    employed: f.count(g.value.numerator),
                    people: f.count(g.value.denominator),
                  })}
                </Table.Td>
                <Table.Td>{g.value.rate === null ? dash : f.percent(g.value.rate, 1)}</Table.Td>
                <Table.Td>
                  {g.value.low === null || g.value.high === null ? dash : f.range(g.value.low, g.value.high)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t("comparisons.difference")}</Table.Th>
              <Table.Td />
              <Table.Td>
                {d.estimate === null ? dash : t("comparisons.pointsValue", { value: points(d.estimate) })}
              </Table.Td>
              <Table.Td>
                {d.low === null || d.high === null
                  ? dash
                  : t("comparisons.pointsRange", { low: points(d.low), high: points(d.high) })}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t("comparisons.ratio")}</Table.Th>
              <Table.Td />
              <Table.Td>{ratio(r.estimate)}</Table.Td>
              <Table.Td>
                {r.low === null || r.high === null ? dash : `${ratio(r.low)} – ${ratio(r.high)}`}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
