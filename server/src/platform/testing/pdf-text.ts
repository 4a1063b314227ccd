import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether poppler-utils (pdftotext, pdftoppm) is installed; .ci/run installs it. */
export const hasPoppler = () =>
  ["pdftotext", "pdftoppm"].every((c) => spawnSync("sh", ["-c", `command -v ${c}`]).status === 0);

/**
 * Tests only: a PDF as poppler reads it: its text (pdftotext, layout kept) and whether its first
 * page rendered to a PNG (pdftoppm), and what either printed as warnings, so a test checks what a
 * reader of the paper would see.
 */
export function readPdf(pdf: Uint8Array): { text: string; firstPageRendered: boolean; warnings: string } {
  const dir = mkdtempSync(join(tmpdir(), "polku-pdf-"));
  try {
    const file = join(dir, "document.pdf");
    writeFileSync(file, pdf);
    const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
    const page = spawnSync("pdftoppm", [
      "-png",
      "-r",
      "40",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      file,
      join(dir, "page"),
    ]);
    const rendered =
      page.status === 0 && readFileSync(join(dir, "page.png")).subarray(1, 4).toString("latin1") === "PNG";
    return { text: text.stdout, firstPageRendered: rendered, warnings: `${text.stderr}${page.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
