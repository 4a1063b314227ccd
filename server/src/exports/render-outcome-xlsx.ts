import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { defuseFormula } from "../../../core/csv/csv.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { buildOutcomeExport, type ExportCell } from "./outcome-export-table.ts";

/**
 * The dashboard as an XLSX workbook, written with exceljs' streaming writer (rows are committed
 * as they are written, so a long trend or a network's many organisations keep memory flat). One
 * sheet: the header block, then each table under its title. Counts and rates are number cells
 * (rates formatted as percentages); a withheld cell is the localized marker text, never 0. Text
 * cells are defused like CSV: a team named `=HYPERLINK(...)` must not become a formula when the
 * sheet is saved as CSV or copied on.
 */
export async function renderOutcomeXlsx(
  dashboard: OutcomeDashboard,
  options: { locale: Locale; generatedAt: Date },
): Promise<Buffer> {
  const model = buildOutcomeExport(dashboard, options);
  const withheld = translate(options.locale, "outcomeExports.withheld");
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Polku";
  workbook.created = options.generatedAt;
  const sheet = workbook.addWorksheet(sheetName(dashboard.period.label));
  sheet.columns = [{ width: 34 }, ...Array.from({ length: 24 }, () => ({ width: 14 }))];
  const text = (value: string) => defuseFormula(value);
  const add = (values: ExcelJS.CellValue[], style?: (row: ExcelJS.Row) => void) => {
    const row = sheet.addRow(values);
    style?.(row);
    row.commit();
  };
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  add([text(model.title)], bold);
  for (const h of model.header) add([text(h.label), text(h.value)]);
  for (const table of model.tables) {
    add([]);
    add([text(table.title)], bold);
    add(table.columns.map(text), bold);
    for (const cells of table.rows) {
      add(
        cells.map((cell) => cellValue(cell, withheld)),
        (row) => {
          cells.forEach((cell, i) => {
            if (cell.kind === "rate") row.getCell(i + 1).numFmt = "0.0%";
            else if (cell.kind === "decimal") row.getCell(i + 1).numFmt = "0.0";
          });
        },
      );
    }
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

function cellValue(cell: ExportCell, withheld: string): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      return defuseFormula(cell.text);
    case "count":
    case "decimal":
    case "rate":
      return cell.value;
    case "interval":
      return `${Number(cell.low.toFixed(4))}–${Number(cell.high.toFixed(4))}`;
    case "withheld":
      return withheld;
    case "empty":
      return null;
  }
}

/** Sheet names may not hold `[]:*?/\` and are at most 31 characters. */
function sheetName(label: string): string {
  return label.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Polku";
}
