import { useOutcomeFormat } from "./Figure.tsx";

/** A 0–100 % axis with quarter ticks under an SVG chart of rates; `x` maps a rate to its position. */
export function PercentAxis({ x, y }: { x: (rate: number) => number; y: number }) {
  const f = useOutcomeFormat();
  return (
    <>
      <line x1={x(0)} x2={x(1)} y1={y} y2={y} stroke="#495057" />
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={y} y2={y + 4} stroke="#495057" />
          <text x={x(v)} y={y + 16} fontSize="11" textAnchor="middle" fill="#343a40">
            {f.percent(v)}
          </text>
        </g>
      ))}
    </>
  );
}
