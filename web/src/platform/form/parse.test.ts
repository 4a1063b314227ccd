import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDecimal, formatTime, parseDecimal, parseTypedDate, parseTypedTime } from "./parse.ts";

describe("parseDecimal reads a comma and a point alike", () => {
  const cases: Array<[string, number | null]> = [
    ["12,80", 12.8],
    ["12.80", 12.8], // the pasted wage that became 1280
    ["12", 12],
    [" 37,5 ", 37.5],
    [",5", 0.5],
    ["0.5", 0.5],
    ["12,", 12],
    ["1 280", 1280],
    ["1\u00a0280,50", 1280.5],
    ["-3", -3],
    ["", null],
    ["   ", null],
    ["12,80 €/h", 12.8],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.equal(parseDecimal(text, "€/h"), expected));
  }
  const refused = ["1.280,50", "1,280.50", "12,8,0", "1.2.3", "abc", "12e3", "12 h", "€", "0x10", "Infinity"];
  for (const text of refused) {
    it(`refuses ${JSON.stringify(text)} as not a number`, () => assert.ok(Number.isNaN(parseDecimal(text))));
  }
  it("has every case", () => assert.equal(cases.length + refused.length, 23));
});

describe("formatDecimal writes the language's separator", () => {
  const cases: Array<[number | null, "," | ".", string]> = [
    [12.8, ",", "12,8"],
    [12.8, ".", "12.8"],
    [37, ",", "37"],
    [null, ",", ""],
    [Number.NaN, ".", ""],
  ];
  for (const [value, separator, expected] of cases) {
    it(`${value} with "${separator}"`, () => assert.equal(formatDecimal(value, separator), expected));
  }
});

describe("parseTypedDate reads the app's date forms, day first", () => {
  const cases: Array<[string, string | null]> = [
    ["7.12.2026", "2026-12-07"],
    ["07.12.2026", "2026-12-07"],
    ["7.12.26", "2026-12-07"],
    ["7.12.", "2026-12-07"],
    ["7.12", "2026-12-07"],
    ["07/12/2026", "2026-12-07"],
    ["2026-12-07", "2026-12-07"],
    ["2026-2-7", "2026-02-07"],
    ["29.2.2028", "2028-02-29"],
    ["29.2.2026", null],
    ["31.4.2026", null],
    ["12/31/2026", null], // mm/dd/yyyy is not a date here
    ["", null],
    ["huomenna", null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.equal(parseTypedDate(text, 2026), expected));
  }
});

describe("parseTypedTime reads a time as people type it", () => {
  const cases: Array<[string, string | null]> = [
    ["9.05", "09:05"],
    ["9:05", "09:05"],
    ["klo 14.30", "14:30"],
    ["14", "14:00"],
    ["0905", "09:05"],
    ["905", "09:05"],
    [" 23.59 ", "23:59"],
    ["0.00", "00:00"],
    ["24.00", null],
    ["9.60", null],
    ["9.5", null],
    ["", null],
    ["aamulla", null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.equal(parseTypedTime(text), expected));
  }
  it("writes a time back in the language's form", () => {
    assert.equal(formatTime("09:05", "."), "9.05");
    assert.equal(formatTime("09:05", ":"), "09:05");
  });
});
