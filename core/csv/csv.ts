/**
 * RFC 4180 CSV for employer import and export: quoted fields, doubled quotes, CRLF or LF line
 * ends, a byte-order mark at the start ignored. The delimiter is detected from the header line
 * (`;` is what Finnish spreadsheet programs write, `,` elsewhere).
 */
export type CsvParse =
  | { ok: true; rows: string[][] }
  | { ok: false; line: number; problem: "unclosed_quote" };

export function detectDelimiter(text: string): "," | ";" {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** A row of fields with the 1-based line of the file it starts on. */
export type CsvRecord = { line: number; fields: string[] };
export type CsvRecordsParse =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; line: number; problem: "unclosed_quote" };

/** Parses the whole text into rows of fields; blank lines are skipped. */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): CsvParse {
  const parsed = parseCsvRecords(input, delimiter);
  return parsed.ok ? { ok: true, rows: parsed.records.map((r) => r.fields) } : parsed;
}

/** Like parseCsv, keeping each row's starting line, so import problems can name the file's line. */
export function parseCsvRecords(input: string, delimiter = detectDelimiter(input)): CsvRecordsParse {
  const text = input.replace(/^\uFEFF/, "");
  const rows: CsvRecord[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((f) => f.trim() !== "")) rows.push({ line: rowLine, fields: row });
      row = [];
      field = "";
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { ok: false, line: rowLine, problem: "unclosed_quote" };
  row.push(field);
  if (row.some((f) => f.trim() !== "")) rows.push({ line: rowLine, fields: row });
  return { ok: true, records: rows };
}

/**
 * A leading = + - @ (or tab, carriage return) makes spreadsheet programs run a cell as a formula
 * (CSV/formula injection, e.g. a team named `=HYPERLINK(...)`): such text gets a leading `'`, so
 * it shows as typed. Shared by the CSV and XLSX exports.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV line; fields with the delimiter, quotes, line breaks or a leading formula sign are quoted. */
export function toCsvLine(fields: ReadonlyArray<string | number | null>, delimiter: "," | ";" = ";"): string {
  return fields
    .map((value) => {
      const text = defuseFormula(value === null ? "" : String(value));
      return /[";\n\r,]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(delimiter);
}
