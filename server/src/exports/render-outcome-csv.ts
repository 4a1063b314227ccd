import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { toCsvLine } from "../../../core/csv/csv.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { buildOutcomeExport, type ExportCell } from "./outcome-export-table.ts";

/**
 * The dashboard as CSV for spreadsheet programs, like the employer export: a byte-order mark,
 * `;` between fields, CRLF. First the header block (rule set and version, period, level, the
 * suppression rule), a blank line, then each table under its title. Numbers are raw (rates as
 * proportions 0–1, `.` decimals) so they compute; a withheld cell is the localized marker, never
 * 0. Every text field goes through `toCsvLine`, which defuses formula signs.
 */
export function renderOutcomeCsv(
  dashboard: OutcomeDashboard,
  options: { locale: Locale; generatedAt: Date },
): string {
  const model = buildOutcomeExport(dashboard, options);
  const withheld = translate(options.locale, "outcomeExports.withheld");
  const field = (cell: ExportCell): string | number | null => {
    switch (cell.kind) {
      case "text":
        return cell.text;
      case "count":
        return cell.value;
      case "decimal":
      case "rate":
        return Number(cell.value.toFixed(4));
      case "interval":
        return `${Number(cell.low.toFixed(4))}–${Number(cell.high.toFixed(4))}`;
      case "withheld":
        return withheld;
      case "empty":
        return null;
    }
  };
  // Two fields on the first line, so readers detect the `;` delimiter from it.
  const lines = [toCsvLine([model.title, ""]), ...model.header.map((h) => toCsvLine([h.label, h.value]))];
  for (const table of model.tables) {
    lines.push("", toCsvLine([table.title]), toCsvLine(table.columns));
    for (const row of table.rows) lines.push(toCsvLine(row.map(field)));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
