import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";

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
