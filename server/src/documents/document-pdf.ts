import type { Locale } from "../../../core/i18n/locales.ts";
import { printDocument } from "../exports/pdf-printer.ts";

/** A printable document as headed sections: label/value rows, paragraphs or a table. */
export type DocumentSection = {
  heading: string;
  rows?: Array<[string, string]>;
  paragraphs?: string[];
  table?: { columns: string[]; rows: string[][] };
};
export type DocumentModel = { title: string; lines: string[]; sections: DocumentSection[] };

/**
 * Draws a client document in Polku's document frame (exports/pdf-printer.ts). Text is drawn,
 * never interpreted, so what a person typed cannot change the document's structure.
 */
export function renderDocumentPdf(
  model: DocumentModel,
  locale: Locale,
  footer: (page: number, pages: number) => string,
): Promise<Buffer> {
  const content: unknown[] = model.lines.map((text) => ({ text, color: "#444444" }));
  for (const section of model.sections) {
    content.push({ text: section.heading, style: "heading", margin: [0, 12, 0, 4] });
    if (section.rows?.length)
      content.push({
        table: {
          widths: [150, "*"],
          body: section.rows.map(([label, value]) => [{ text: label, bold: true }, value]),
        },
        layout: "noBorders",
      });
    for (const text of section.paragraphs ?? []) content.push({ text, margin: [0, 0, 0, 4] });
    if (section.table)
      content.push({
        table: {
          headerRows: 1,
          widths: section.table.columns.map(() => "*"),
          body: [
            section.table.columns.map((text) => ({ text, bold: true })),
            ...section.table.rows.map((row) => [...row]),
          ],
        },
        layout: "lightHorizontalLines",
      });
  }
  return printDocument({ title: model.title, locale, content, footer });
}
