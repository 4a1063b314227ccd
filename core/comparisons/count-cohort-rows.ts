import { storableIsoDate } from "../contracts/common.ts";
import { parseCsvRecords } from "../csv/csv.ts";
import type { FieldProblem } from "../errors/codes.ts";
import { parseHenkilotunnus } from "../identity/henkilotunnus.ts";

/** One period's counts of a comparison cohort: of `denominator` people followed, `employed` worked. */
export type CohortCount = { periodFrom: string; periodTo: string; denominator: number; employed: number };

/** The only columns a pseudonymised cohort file may have, in any order. */
export const cohortRowColumns = ["pseudonym", "period_from", "period_to", "employed"] as const;

export type CohortRowsResult =
  | { ok: true; counts: CohortCount[]; rows: number }
  | { ok: false; problems: Record<string, FieldProblem> };

/** True for text shaped like a henkilötunnus (valid or with a wrong check character). */
function looksLikeIdentityCode(text: string): boolean {
  const parsed = parseHenkilotunnus(text.trim().toUpperCase());
  return parsed.valid || parsed.problem !== "format";
}

/**
 * Counts a pseudonymised comparison cohort (`pseudonym,period_from,period_to,employed` with 0/1)
 * into denominators and employed per period; the rows themselves are never kept. The file is
 * refused whole when any column other than those four is present (a name column, a
 * henkilötunnus column) or any field looks like a henkilötunnus, so no one imports identifying
 * data by mistake; each problem names the file's line (`rows.<line>`) and what to fix. A
 * pseudonym may appear once: each person counts once.
 */
export function countCohortRows(text: string): CohortRowsResult {
  const parsed = parseCsvRecords(text);
  const problems: Record<string, FieldProblem> = {};
  if (!parsed.ok) {
    return {
      ok: false,
      problems: { [`rows.${parsed.line}`]: { key: "csv_unclosed_quote", params: { line: parsed.line } } },
    };
  }
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, problems: { "rows.1": { key: "csv_header", params: { line: 1 } } } };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const known = (name: string) => (cohortRowColumns as readonly string[]).includes(name);
  // An unknown column is named back only in a real header: a file without one has a person's
  // data on line 1, and the message must not repeat a name or an identity code.
  const isHeader = names.some(known) && !header.fields.some(looksLikeIdentityCode);
  for (const [i, name] of names.entries()) {
    if (!known(name)) {
      problems[`rows.${header.line}`] = isHeader
        ? {
            key: "csv_column_not_allowed",
            params: { line: header.line, column: header.fields[i]?.trim() ?? "" },
          }
        : { key: "csv_header", params: { line: header.line } };
    }
  }
  if (cohortRowColumns.some((c) => !names.includes(c)) || new Set(names).size !== names.length) {
    problems[`rows.${header.line}`] ??= { key: "csv_header", params: { line: header.line } };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const at = Object.fromEntries(cohortRowColumns.map((c) => [c, names.indexOf(c)])) as Record<
    (typeof cohortRowColumns)[number],
    number
  >;
  const seen = new Map<string, number>();
  const counts = new Map<string, CohortCount>();
  for (const { line, fields } of records) {
    const problem = rowProblem(line, fields, names.length, at, seen);
    if (problem) {
      problems[`rows.${line}`] = problem;
      continue;
    }
    const [from, to] = [fields[at.period_from]?.trim() ?? "", fields[at.period_to]?.trim() ?? ""];
    const count = counts.get(`${from}/${to}`) ?? {
      periodFrom: from,
      periodTo: to,
      denominator: 0,
      employed: 0,
    };
    count.denominator++;
    if (fields[at.employed]?.trim() === "1") count.employed++;
    counts.set(`${from}/${to}`, count);
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const sorted = [...counts.values()].sort((a, b) =>
    (a.periodFrom + a.periodTo).localeCompare(b.periodFrom + b.periodTo),
  );
  return { ok: true, counts: sorted, rows: records.length };
}

function rowProblem(
  line: number,
  fields: readonly string[],
  width: number,
  at: Record<(typeof cohortRowColumns)[number], number>,
  seen: Map<string, number>,
): FieldProblem | null {
  if (fields.length !== width) return { key: "csv_field_count", params: { line, expected: width } };
  const identity = fields.findIndex(looksLikeIdentityCode);
  if (identity >= 0)
    return {
      key: "csv_identity_code",
      params: { line, column: cohortRowColumns.find((c) => at[c] === identity) ?? "" },
    };
  const pseudonym = fields[at.pseudonym]?.trim() ?? "";
  if (pseudonym === "") return { key: "csv_pseudonym_missing", params: { line } };
  for (const column of ["period_from", "period_to"] as const) {
    if (!storableIsoDate.safeParse(fields[at[column]]?.trim()).success) {
      return { key: "csv_invalid_date", params: { line, column } };
    }
  }
  if ((fields[at.period_from]?.trim() ?? "") > (fields[at.period_to]?.trim() ?? "")) {
    return { key: "csv_period_reversed", params: { line } };
  }
  if (!["0", "1"].includes(fields[at.employed]?.trim() ?? ""))
    return { key: "csv_employed_flag", params: { line } };
  const first = seen.get(pseudonym);
  if (first !== undefined) return { key: "csv_duplicate_pseudonym", params: { line, first } };
  seen.set(pseudonym, line);
  return null;
}
