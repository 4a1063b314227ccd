import assert from "node:assert/strict";
import { test } from "node:test";
import { ageOn, parseHenkilotunnus } from "./henkilotunnus.ts";

test("valid codes give the birth date, with every century sign", () => {
  const cases: Array<[string, string]> = [
    ["131052-308T", "1952-10-13"],
    ["131052Y308T", "1952-10-13"],
    ["131052U308T", "1952-10-13"],
    ["010594Y9032", "1994-05-01"],
    ["010594Y9021", "1994-05-01"],
    ["020505A002N", "2005-05-02"],
    ["020505F002N", "2005-05-02"],
    ["010181+900C", "1881-01-01"],
    [" 131052-308t ", "1952-10-13"],
  ];
  for (const [code, birthDate] of cases) {
    const result = parseHenkilotunnus(code);
    assert.deepEqual(result.valid && result.birthDate, birthDate, code);
  }
});

test("temporary individual numbers (900–999) are recognised", () => {
  const result = parseHenkilotunnus("010594Y9032");
  assert.ok(result.valid && result.temporary);
  const normal = parseHenkilotunnus("131052-308T");
  assert.ok(normal.valid && !normal.temporary);
});

test("invalid codes name their problem", () => {
  const cases: Array<[string, string]> = [
    ["131052-308U", "check_character"],
    ["131052-308", "format"],
    ["131052G308T", "format"],
    ["1310523308T", "format"],
    ["310252-3081", "date"],
    ["290223A123X", "date"],
    ["131052-001T", "individual_number"],
    ["", "format"],
    ["abcdefghijk", "format"],
  ];
  for (const [code, problem] of cases) {
    const result = parseHenkilotunnus(code);
    assert.equal(result.valid ? "valid" : result.problem, problem, code);
  }
});

test("29 February is a real date only in leap years", () => {
  // 29.2.2000 (leap) with individual number 123: check character from the mod-31 table.
  const leap = parseHenkilotunnus("290200A1239");
  assert.equal(leap.valid ? leap.birthDate : leap.problem, "2000-02-29");
  assert.equal((parseHenkilotunnus("290201A123P") as { problem: string }).problem, "date");
});

test("age is counted in whole years", () => {
  assert.equal(ageOn("1990-06-15", "2026-06-14"), 35);
  assert.equal(ageOn("1990-06-15", "2026-06-15"), 36);
  assert.equal(ageOn("2000-02-29", "2026-02-28"), 25);
  assert.equal(ageOn("2000-02-29", "2026-03-01"), 26);
});

test("a birth date after today (Finnish time) is refused; today and the 1800s are valid", () => {
  const today = "2026-12-04";
  const cases: Array<[string, string]> = [
    ["010199F123Y", "future_date"],
    ["010199A123Y", "future_date"],
    ["051226A123K", "future_date"],
    ["041226A123X", "2026-12-04"],
    ["010199-123Y", "1999-01-01"],
    ["311299+0029", "1899-12-31"],
    ["010181+900C", "1881-01-01"],
  ];
  for (const [code, expected] of cases) {
    const result = parseHenkilotunnus(code, today);
    assert.equal(result.valid ? result.birthDate : result.problem, expected, code);
  }
  assert.equal(cases.length, 7);
});

test("without a date given, today is today in Finland", () => {
  const result = parseHenkilotunnus("010199F123Y");
  assert.equal(result.valid ? result.birthDate : result.problem, "future_date");
});
