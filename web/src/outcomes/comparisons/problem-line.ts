/** The line a field path points at: `rows.<line>` (a CSV line) or `counts.<index>.…` (a period). */
export function problemLine(path: string): { kind: "row" | "period"; line: number } | null {
  const row = /^rows\.(\d+)$/.exec(path);
  if (row) return { kind: "row", line: Number(row[1]) };
  const period = /^counts\.(\d+)\./.exec(path);
  if (period) return { kind: "period", line: Number(period[1]) + 1 };
  return null;
}
