import type { z } from "zod";
import { createEmployerFull, type importReport } from "../../../core/contracts/employers.ts";
import { type CsvRecord, parseCsvRecords } from "../../../core/csv/csv.ts";
import { fieldProblems } from "../../../core/errors/field-problems.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { cellValue, fieldOfHeader } from "./employer-csv-columns.ts";

/** At most this many employers in one file; a bigger register is imported in parts. */
export const maxImportRows = 5_000;

export type ImportProblem = z.infer<typeof importReport>["problems"][number];
export type ImportedEmployer = z.infer<typeof createEmployerFull>;
export type ImportCheck = { rows: number; employers: ImportedEmployer[]; problems: ImportProblem[] };

type Header = { line: number; fields: Array<ReturnType<typeof fieldOfHeader> | null>; names: string[] };

/**
 * Reads an employer CSV and reports every problem by line and column, in the caller's language:
 * unknown or repeated headers (line 1), each row checked with the same field schemas as the API,
 * business IDs repeated within the file or already in the organisation's register. Saves nothing.
 */
export async function checkEmployerImport(
  trx: Executor,
  organisationId: string,
  csv: string,
  locale: Locale,
): Promise<ImportCheck> {
  const say = (key: string, params?: Record<string, string | number>) =>
    translate(locale, `employers.import.${key}`, params);
  const parsed = parseCsvRecords(csv);
  if (!parsed.ok) {
    return {
      rows: 0,
      employers: [],
      problems: [{ line: parsed.line, column: null, message: say("unclosedQuote") }],
    };
  }
  const [first, ...data] = parsed.records;
  if (!first) return { rows: 0, employers: [], problems: [{ line: 1, column: null, message: say("empty") }] };
  const problems: ImportProblem[] = [];
  const header = readHeader(first, problems, say);
  if (data.length > maxImportRows) {
    const line = data[maxImportRows]?.line ?? first.line;
    problems.push({
      line,
      column: null,
      message: say("tooManyRows", { rows: data.length, max: maxImportRows }),
    });
    return { rows: data.length, employers: [], problems };
  }
  if (data.length === 0) problems.push({ line: first.line + 1, column: null, message: say("noRows") });
  if (!header.fields.includes("name")) return { rows: data.length, employers: [], problems };

  const employers: Array<ImportedEmployer & { line: number }> = [];
  const firstLineOf = new Map<string, number>();
  const businessIdColumn = header.names[header.fields.indexOf("businessId")] ?? null;
  for (const record of data) {
    const before = problems.length;
    const input: Record<string, string | null | undefined> = {};
    record.fields.forEach((raw, i) => {
      const field = header.fields[i];
      if (field) input[field] = cellValue(field, raw);
      else if (field === undefined && raw.trim() !== "") {
        problems.push({
          line: record.line,
          column: null,
          message: say("cellWithoutColumn", { column: i + 1 }),
        });
      }
    });
    const result = createEmployerFull.safeParse(input);
    if (!result.success) {
      for (const [path, problem] of Object.entries(fieldProblems(result.error.issues))) {
        const column = header.names[header.fields.indexOf(path as never)] ?? null;
        problems.push({
          line: record.line,
          column,
          message: translate(locale, `validation.${problem.key}`, problem.params),
        });
      }
      continue;
    }
    const id = result.data.businessId;
    const earlier = id ? firstLineOf.get(id) : undefined;
    if (id && earlier !== undefined) {
      problems.push({
        line: record.line,
        column: businessIdColumn,
        message: say("duplicateInFile", { line: earlier }),
      });
    } else if (id) firstLineOf.set(id, record.line);
    if (problems.length === before) employers.push({ ...result.data, line: record.line });
  }

  const ids = [...firstLineOf.keys()];
  const taken =
    ids.length === 0
      ? []
      : await trx
          .selectFrom("employer")
          .select(["business_id", "name"])
          .where("organisation_id", "=", organisationId)
          .where("business_id", "in", ids)
          .execute();
  for (const existing of taken) {
    const line = firstLineOf.get(existing.business_id ?? "");
    if (line === undefined) continue;
    problems.push({
      line,
      column: businessIdColumn,
      message: say("alreadyInRegister", { name: existing.name }),
    });
  }
  problems.sort((a, b) => a.line - b.line);
  const bad = new Set(problems.map((p) => p.line));
  return {
    rows: data.length,
    employers: employers.filter((e) => !bad.has(e.line)).map(({ line: _, ...e }) => e),
    problems,
  };
}

/** Maps header cells to fields: an unknown or repeated header is a problem; a blank one is skipped. */
function readHeader(
  first: CsvRecord,
  problems: ImportProblem[],
  say: (key: string, p?: Record<string, string>) => string,
): Header {
  const seen = new Set<string>();
  const names = first.fields.map((h) => h.trim());
  const fields = names.map((name) => {
    if (name === "") return undefined;
    const field = fieldOfHeader(name);
    if (!field)
      problems.push({ line: first.line, column: name, message: say("unknownColumn", { column: name }) });
    else if (seen.has(field))
      problems.push({ line: first.line, column: name, message: say("repeatedColumn", { column: name }) });
    else {
      seen.add(field);
      return field;
    }
    return null;
  });
  if (!seen.has("name")) problems.push({ line: first.line, column: null, message: say("missingNameColumn") });
  return { line: first.line, fields, names };
}
