import { useTranslation } from "react-i18next";
import { PercentAxis } from "../PercentAxis.tsx";

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
      <PercentAxis x={x} y={axisY} />
    </svg>
  );
}
