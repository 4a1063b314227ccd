import { useTranslation } from "react-i18next";
import { useOutcomeFormat } from "../Figure.tsx";

type Row = { label: string; rate: number | null; low: number | null; high: number | null };

const width = 600;
const rowHeight = 44;
const pad = { left: 16, right: 16, top: 8 };

/**
 * Each group's rate as a dot with its 95 % interval as a line, on one 0–100 % axis: overlapping
 * lines show at a glance how uncertain a difference is. Decorative for screen readers (the table
 * beside it holds every number) but named, so it is not a silent picture.
 */
export function IntervalChart({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const x = (rate: number) => pad.left + rate * (width - pad.left - pad.right);
  const axisY = pad.top + rows.length * rowHeight;
  const height = axisY + 24;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: 720, height: "auto" }}
      role="img"
      aria-label={t("comparisons.chartLabel")}
    >
      {rows.map((row, i) => {
        const y = pad.top + i * rowHeight + 30;
        return (
          <g key={row.label}>
            <text x={pad.left} y={y - 14} fontSize="12" fill="#212529">
              {row.label}
            </text>
            {row.low !== null && row.high !== null ? (
              <>
                <line x1={x(row.low)} x2={x(row.high)} y1={y} y2={y} stroke="#1864ab" strokeWidth={3} />
                <line
                  x1={x(row.low)}
                  x2={x(row.low)}
                  y1={y - 6}
                  y2={y + 6}
                  stroke="#1864ab"
                  strokeWidth={2}
                />
                <line
                  x1={x(row.high)}
                  x2={x(row.high)}
                  y1={y - 6}
                  y2={y + 6}
                  stroke="#1864ab"
                  strokeWidth={2}
                />
              </>
            ) : null}
            {row.rate !== null ? <circle cx={x(row.rate)} cy={y} r={6} fill="#0b3d91" /> : null}
          </g>
        );
      })}
      <line x1={x(0)} x2={x(1)} y1={axisY} y2={axisY} stroke="#495057" />
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={axisY} y2={axisY + 4} stroke="#495057" />
          <text x={x(v)} y={axisY + 16} fontSize="11" textAnchor="middle" fill="#343a40">
            {f.percent(v)}
          </text>
        </g>
      ))}
    </svg>
  );
}
