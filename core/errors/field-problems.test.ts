import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { recordEmployerContact } from "../contracts/employers.ts";
import { hourlyWage, hoursPerWeek, maxHourlyWage, recordJob } from "../contracts/work.ts";
import { translate } from "../i18n/index.ts";
import { type Locale, locales } from "../i18n/locales.ts";
import type { FieldProblem } from "./codes.ts";
import { fieldProblems } from "./field-problems.ts";

/** The one problem a schema reports for a value (at path "_" for a bare value). */
function problemOf(schema: z.ZodType, value: unknown, path = "_"): FieldProblem | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : fieldProblems(result.error.issues)[path];
}

describe("zod issues become translatable problems, never zod's own words", () => {
  const cases: Array<[string, z.ZodType, unknown, FieldProblem]> = [
    ["missing value", z.string(), undefined, { key: "required" }],
    ["empty required text", z.string().trim().min(1), "  ", { key: "required" }],
    ["short text", z.string().min(3), "ab", { key: "too_short", params: { min: 3 } }],
    ["long text", z.string().max(5), "abcdef", { key: "too_long", params: { max: 5 } }],
    ["empty choice", z.array(z.string()).min(1), [], { key: "choose_one" }],
    ["too few choices", z.array(z.string()).min(2), ["a"], { key: "choose_at_least", params: { min: 2 } }],
    [
      "too many choices",
      z.array(z.string()).max(1),
      ["a", "b"],
      { key: "choose_at_most", params: { max: 1 } },
    ],
    ["text that is no number", z.number(), Number.NaN, { key: "not_a_number" }],
    ["a string for a boolean", z.boolean(), "yes", { key: "invalid_type" }],
    ["hours 0 (more than 0 needed)", hoursPerWeek, 0, { key: "too_small_exclusive", params: { min: 0 } }],
    ["hours 81", hoursPerWeek, 81, { key: "too_big", params: { max: 80 } }],
    ["hours 7.25", hoursPerWeek, 7.25, { key: "too_precise", params: { decimals: 1 } }],
    ["wage 1280", hourlyWage, 1280, { key: "hourly_wage_range" }],
    ["wage -1", hourlyWage, -1, { key: "hourly_wage_range" }],
    ["an option not offered", z.enum(["a", "b"]), "c", { key: "invalid_option" }],
    ["a malformed date", z.iso.date(), "7.12.2026", { key: "invalid_date" }],
    ["a malformed email", z.email(), "x@", { key: "invalid_email" }],
    ["an unnamed refinement", z.string().refine(() => false), "x", { key: "invalid_format" }],
  ];
  for (const [what, schema, value, expected] of cases) {
    it(what, () => assert.deepEqual(problemOf(schema, value), expected));
  }
  it("has every case", () => assert.equal(cases.length, 18));
});

describe("field paths", () => {
  it("names nested fields with dots and unknown keys one by one", () => {
    const schema = z.strictObject({ content: z.strictObject({ hours: z.number() }) });
    const result = schema.safeParse({ content: { hours: "x", extra: 1 } });
    assert.ok(!result.success);
    assert.deepEqual(fieldProblems(result.error.issues), {
      "content.hours": { key: "not_a_number" },
      "content.extra": { key: "unknown_field" },
    });
  });

  it("keeps the first problem of a field", () => {
    const result = z.object({ a: z.string().min(3).regex(/x/) }).safeParse({ a: "b" });
    assert.ok(!result.success);
    assert.deepEqual(fieldProblems(result.error.issues), { a: { key: "too_short", params: { min: 3 } } });
  });
});

describe("the defects of issue 10, in every language", () => {
  const contact = {
    employerId: "5f0c7a56-8f7a-4b8b-9d7e-2f1f2b1a0c11",
    occurredAt: "2026-12-07T09:00:00+02:00",
    faceToFace: true,
    purposes: [],
    outcome: "nothing_yet",
  };
  for (const locale of locales as readonly Locale[]) {
    it(`${locale}: a contact without a purpose asks for a purpose, not "at least 1"`, () => {
      const problem = problemOf(recordEmployerContact, contact, "purposes");
      assert.deepEqual(problem, { key: "choose_one" });
      const text = translate(locale, `validation.${problem.key}`);
      assert.doesNotMatch(text, /1/);
    });
    it(`${locale}: an empty job title says "fill in", not "at least 1 character"`, () => {
      const problem = problemOf(
        recordJob,
        { title: "", startDate: "2026-12-07", contractType: "open_ended" },
        "title",
      );
      assert.deepEqual(problem, { key: "required" });
    });
    it(`${locale}: the wage message names the bound the contract enforces`, () => {
      assert.match(translate(locale, "validation.hourly_wage_range"), new RegExp(`0–${maxHourlyWage} €/h`));
    });
  }
});
