import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import { buildOutcomeExport, type ExportCell, reportColumns } from "./outcome-export-table.ts";
import { printDocument } from "./pdf-printer.ts";

const numberLocale: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/**
 * The quarterly report as PDF (landscape A4): the header block, then the trend and the parts with
 * the report's columns, numbers formatted for the reader's language (`29,6 %` in fi/sv), each rate
 * with its 95 % interval (`17,5–46,6 %`). Withheld
 * cells show the localized marker. Text is drawn, never interpreted, so no defusing is needed.
 */
export function renderOutcomeReportPdf(
  dashboard: OutcomeDashboard,
  options: { locale: Locale; generatedAt: Date },
): Promise<Buffer> {
  const model = buildOutcomeExport(dashboard, { ...options, columns: reportColumns });
  const tag = numberLocale[options.locale];
  const counts = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const points = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const withheld = translate(options.locale, "outcomeExports.withheld");
  const format = (cell: ExportCell): Record<string, unknown> => {
    switch (cell.kind) {
      case "text":
        return { text: cell.text };
      case "count":
      case "decimal":
        return { text: counts.format(cell.value), alignment: "right" };
      case "rate":
        return { text: percent.format(cell.value), alignment: "right" };
      case "interval":
        // The unit once, at the end: "21,3–39,4 %".
        return {
          text: `${points.format(cell.low * 100)}–${percent.format(cell.high)}`,
          alignment: "right",
          noWrap: true,
        };
      case "withheld":
        return { text: withheld, alignment: "right", italics: true };
      case "empty":
        return { text: "–", alignment: "right" };
    }
  };
  const content: unknown[] = [
    {
      table: {
        widths: ["auto", "*"],
        body: model.header.map((h) => [{ text: h.label, bold: true }, h.value]),
      },
      layout: "noBorders",
      margin: [0, 0, 0, 12],
    },
  ];
  for (const table of model.tables) {
    content.push(
      { text: table.title, style: "heading" },
      {
        table: {
          headerRows: 1,
          widths: ["*", ...table.columns.slice(1).map(() => 58)],
          body: [
            table.columns.map((c) => ({ text: c, bold: true, fontSize: 7 })),
            ...table.rows.map((row) => row.map(format)),
          ],
        },
        layout: "lightHorizontalLines",
        margin: [0, 0, 0, 12],
      },
    );
  }
  return printDocument({
    title: model.title,
    locale: options.locale,
    orientation: "landscape",
    fontSize: 8,
    content,
  });
}
