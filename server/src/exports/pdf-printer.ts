import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";
import type { Locale } from "../../../core/i18n/locales.ts";

/**
 * pdfmake, configured once for the server (STACK.md pitfall 14): the bundled Roboto fonts are read
 * into memory from node_modules, and both resource policies deny everything, so no document
 * definition can make the server fetch a URL or read a local file (a team name is typed by users).
 * Roboto covers fi/sv/en; it has no CJK glyphs.
 */
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
/** Into pdfmake's in-memory file system, which it reads before (and instead of) the disk. */
const font = (file: string) => {
  pdfmake.virtualfs.writeFileSync(file, readFileSync(join(fontDir, file)));
  return file;
};

pdfmake.setFonts({
  Roboto: {
    normal: font("Roboto-Regular.ttf"),
    bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"),
    bolditalics: font("Roboto-MediumItalic.ttf"),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/** Renders a pdfmake document definition to the bytes of a PDF. */
export function printPdf(definition: Record<string, unknown>): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * Polku's document frame: A4, Roboto, the title first, the document's metadata (title, language)
 * set for readers and screen readers, and page numbers in the footer when asked. Every PDF Polku
 * prints (the quarterly report, the client's documents) goes through it.
 */
export function printDocument(frame: {
  title: string;
  locale: Locale;
  content: unknown[];
  orientation?: "portrait" | "landscape";
  fontSize?: number;
  /** e.g. (page, pages) => "Sivu 1/2"; no footer when absent. */
  footer?: (page: number, pages: number) => string;
}): Promise<Buffer> {
  const { footer } = frame;
  return printPdf({
    pageSize: "A4",
    pageOrientation: frame.orientation ?? "portrait",
    pageMargins: [32, 32, 32, footer ? 44 : 32],
    info: { title: frame.title, creator: "Polku", producer: "Polku" },
    language: frame.locale,
    defaultStyle: { font: "Roboto", fontSize: frame.fontSize ?? 10 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      heading: { fontSize: 11, bold: true, margin: [0, 4, 0, 4] },
    },
    ...(footer
      ? {
          footer: (page: number, pages: number) => ({
            text: footer(page, pages),
            alignment: "center",
            fontSize: 8,
            margin: [0, 12, 0, 0],
          }),
        }
      : {}),
    content: [{ text: frame.title, style: "title" }, ...frame.content],
  });
}
