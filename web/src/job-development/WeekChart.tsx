import { Button, Stack, Table, Text } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import { TableScroll } from "../platform/ui.tsx";
import type { WeekCounts } from "./types.ts";

const width = 360;
const height = 160;
const pad = { top: 12, right: 8, bottom: 28, left: 28 };

/** "24.11." — a week's Monday, short, in Finnish style (any language: dates are Finnish here). */
function shortDate(iso: string): string {
  const [, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.`;
}

/**
 * Face-to-face employer contacts per week as a small bar chart with the weekly target as a line.
 * The picture is a summary for sighted users (role="img" with a text summary); the same numbers
 * are in a table that anyone can open, and screen readers are pointed to it.
 */
export function WeekChart({ weeks, target, label }: { weeks: WeekCounts[]; target: number; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const max = Math.max(target, ...weeks.map((w) => w.faceToFaceContacts), 1);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / Math.max(weeks.length, 1);
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  const weeksAtTarget = weeks.filter((w) => w.faceToFaceContacts >= target).length;
  const summary = t("jobDevelopmentUi.chart.summary", {
    label,
    weeks: weeks.length,
    atTarget: weeksAtTarget,
    target: format.number(target),
    latest: weeks.at(-1)?.faceToFaceContacts ?? 0,
  });

  return (
    <Stack gap={4}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: 560, height: "auto" }}
        role="img"
        aria-label={summary}
      >
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} stroke="#495057" />
        {[0, Math.round(max / 2), max].map((v) => (
          <text key={v} x={pad.left - 4} y={y(v) + 4} fontSize="10" textAnchor="end" fill="#343a40">
            {v}
          </text>
        ))}
        {weeks.map((w, i) => {
          const h = y(0) - y(w.faceToFaceContacts);
          const x = pad.left + i * slot + slot * 0.15;
          const met = w.faceToFaceContacts >= target;
          return (
            <g key={w.weekStart}>
              <rect
                x={x}
                y={y(w.faceToFaceContacts)}
                width={slot * 0.7}
                height={Math.max(h, 0)}
                fill={met ? "#1c7c54" : "#1864ab"}
              >
                <title>{`${shortDate(w.weekStart)}: ${w.faceToFaceContacts}`}</title>
              </rect>
              {i % 2 === weeks.length % 2 || weeks.length <= 6 ? (
                <text x={x + slot * 0.35} y={height - 10} fontSize="9" textAnchor="middle" fill="#343a40">
                  {shortDate(w.weekStart)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line
          x1={pad.left}
          x2={width - pad.right}
          y1={y(target)}
          y2={y(target)}
          stroke="#c92a2a"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
        <text x={width - pad.right} y={y(target) - 4} fontSize="10" textAnchor="end" fill="#a61e1e">
          {t("jobDevelopmentUi.chart.targetLine", { target: format.number(target) })}
        </text>
      </svg>
      <Text size="xs" c="dimmed">
        {t("jobDevelopmentUi.chart.legend")}
      </Text>
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? t("jobDevelopmentUi.chart.hideTable") : t("jobDevelopmentUi.chart.showTable")}
      </Button>
      <div id={tableId} hidden={!showTable}>
        <TableScroll label={t("jobDevelopmentUi.chart.tableLabel", { label })}>
          <Table striped>
            <Table.Caption>{t("jobDevelopmentUi.chart.tableLabel", { label })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("jobDevelopmentUi.week")}</Table.Th>
                <Table.Th scope="col">{t("jobDevelopmentUi.counts.faceToFace")}</Table.Th>
                <Table.Th scope="col">{t("jobDevelopmentUi.counts.employers")}</Table.Th>
                <Table.Th scope="col">{t("jobDevelopmentUi.counts.presented")}</Table.Th>
                <Table.Th scope="col">{t("jobDevelopmentUi.counts.interviews")}</Table.Th>
                <Table.Th scope="col">{t("jobDevelopmentUi.counts.hires")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weeks.map((w) => (
                <Table.Tr key={w.weekStart}>
                  <Table.Th scope="row" fw={400}>
                    {format.date(`${w.weekStart}T12:00:00Z`)}
                  </Table.Th>
                  <Table.Td>{w.faceToFaceContacts}</Table.Td>
                  <Table.Td>{w.distinctEmployers}</Table.Td>
                  <Table.Td>{w.jobSeekersPresented}</Table.Td>
                  <Table.Td>{w.interviews}</Table.Td>
                  <Table.Td>{w.hires}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </div>
    </Stack>
  );
}
