import assert from "node:assert/strict";
import { test } from "node:test";
import { detectDelimiter, parseCsv, toCsvLine } from "./csv.ts";

test("parses quoted fields, doubled quotes, line breaks inside quotes and both line ends", () => {
  const text = '\uFEFFname;business id;notes\r\n"Kahvila ""Aalto"" Oy";1234567-1;"two\nlines"\n\nPaja;;\n';
  const parsed = parseCsv(text);
  assert.deepEqual(parsed, {
    ok: true,
    rows: [
      ["name", "business id", "notes"],
      ['Kahvila "Aalto" Oy', "1234567-1", "two\nlines"],
      ["Paja", "", ""],
    ],
  });
});

test("detects the delimiter from the header", () => {
  assert.equal(detectDelimiter("a;b;c\n1,2;3"), ";");
  assert.equal(detectDelimiter("a,b,c"), ",");
});

test("an unclosed quote is reported with its line", () => {
  assert.deepEqual(parseCsv('a,b\n1,"open\n2,3'), { ok: false, line: 2, problem: "unclosed_quote" });
});

test("export quotes what needs quoting and defuses formulas", () => {
  assert.equal(toCsvLine(["Paja", 'Say "hi"', null, 5]), 'Paja;"Say ""hi""";;5');
  assert.equal(toCsvLine(["=HYPERLINK(1)"]), `"'=HYPERLINK(1)"`);
  assert.deepEqual(parseCsv(toCsvLine(["a;b", "c\nd"])), { ok: true, rows: [["a;b", "c\nd"]] });
});
