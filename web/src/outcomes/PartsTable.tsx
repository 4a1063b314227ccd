import type { OutcomeDashboard } from "@core/contracts/outcomes";
import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "../platform/ui.tsx";
import { DrillCount } from "./DrillDown.tsx";
import { CellText, SuppressedMark, useOutcomeFormat } from "./Figure.tsx";
import type { DrillDownMetric } from "./outcomes-api.ts";

type Part = OutcomeDashboard["parts"][number];

const countColumns: (DrillDownMetric & keyof Part["figures"])[] = [
  "clientsIntoWork",
  "jobStarts",
  "educationStarts",
  "workTrialStarts",
  "workingAtEnd",
];

/**
 * The parts of a level side by side for the chosen quarter: a team's coaches, an organisation's
 * teams, a network's organisations. `linkOf` gives each part's own page where the viewer has one.
 */
export function PartsTable({
  parts,
  kind,
  periodLabel,
  ruleSetLabel,
  linkOf,
}: {
  parts: readonly Part[];
  kind: Part["kind"];
  periodLabel: string;
  ruleSetLabel: string;
  linkOf?: (part: Part) => string | null;
}) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const headingId = useId();
  const m = (key: string) => t(`dashboards.metrics.${key}` as "dashboards.metrics.jobStarts");
  const partsLabel = t(`dashboards.parts.${kind}`);
  const caption = t("dashboards.parts.caption", {
    parts: partsLabel,
    period: periodLabel,
    ruleSet: ruleSetLabel,
  });
  const drill = kind === "coach";
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {partsLabel}
      </Title>
      {parts.length === 0 ? (
        <Text>{t("dashboards.parts.none")}</Text>
      ) : (
        <TableScroll label={caption}>
          <Table striped withTableBorder captionSide="top">
            <caption>{caption}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("dashboards.parts.name")}</Table.Th>
                <Table.Th scope="col">{m("caseloadDuringPeriod")}</Table.Th>
                <Table.Th scope="col">{m("employmentRate")}</Table.Th>
                <Table.Th scope="col">{m("progressionRate")}</Table.Th>
                {countColumns.map((c) => (
                  <Table.Th scope="col" key={c}>
                    {m(c)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parts.map((part) => {
                const link = linkOf?.(part) ?? null;
                const coach = drill ? part.id : undefined;
                const rate = (
                  p: Part["figures"]["employmentRate"],
                  metric: DrillDownMetric,
                  label: string,
                ) => (
                  <>
                    {p.rate === null ? (
                      p.numerator.suppressed !== false ? (
                        <SuppressedMark />
                      ) : (
                        "–"
                      )
                    ) : (
                      f.percent(p.rate)
                    )}{" "}
                    (
                    {drill ? (
                      <DrillCount
                        cell={p.numerator}
                        metric={metric}
                        label={`${label}, ${part.name}`}
                        coachUserId={coach}
                      />
                    ) : (
                      <CellText cell={p.numerator} />
                    )}
                    {" / "}
                    <CellText cell={p.denominator} />)
                  </>
                );
                return (
                  <Table.Tr key={part.id}>
                    <Table.Th scope="row">
                      {link ? (
                        <Anchor component={Link} to={link}>
                          {part.name}
                        </Anchor>
                      ) : (
                        part.name
                      )}
                    </Table.Th>
                    <Table.Td>
                      <DrillCount
                        cell={part.figures.caseloadDuringPeriod}
                        metric="caseloadDuringPeriod"
                        label={`${m("caseloadDuringPeriod")}, ${part.name}`}
                        coachUserId={coach}
                      />
                    </Table.Td>
                    <Table.Td>
                      {rate(part.figures.employmentRate, "employedDuringPeriod", m("employmentRate"))}
                    </Table.Td>
                    <Table.Td>
                      {rate(part.figures.progressionRate, "progressed", m("progressionRate"))}
                    </Table.Td>
                    {countColumns.map((c) => (
                      <Table.Td key={c}>
                        <DrillCount
                          cell={part.figures[c]}
                          metric={c}
                          label={`${m(c)}, ${part.name}`}
                          coachUserId={coach}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
