/** Quarter labels such as 2025-Q3, for the quarter picker (the server answers for any of them). */

const quarterOf = (month: number) => Math.floor((month - 1) / 3) + 1;

/** Today's date in Finnish time as [year, month], whatever the browser's zone. */
export function helsinkiYearMonth(now: Date = new Date()): [number, number] {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get("year"), get("month")];
}

/** The last quarter that has ended: the default period of every outcome page. */
export function lastFullQuarter(now: Date = new Date()): string {
  const [year, month] = helsinkiYearMonth(now);
  const q = quarterOf(month) - 1;
  return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
}

/** `count` quarter labels ending with `last`, newest first. */
export function quartersBefore(last: string, count: number): string[] {
  const match = /^(\d{4})-Q([1-4])$/.exec(last);
  if (!match) return [];
  let year = Number(match[1]);
  let q = Number(match[2]);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}
