import assert from "node:assert/strict";
import { test } from "node:test";
import type { z } from "zod";
import { henkilotunnus } from "./clients.ts";
import { isoDateTime, storableIsoDate } from "./common.ts";
import { membershipInput } from "./platform.ts";
import { hourlyWage, hoursPerWeek } from "./work.ts";

/** The first issue's message (a validation key) or "ok": what a caller would be told. */
function verdict(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? "ok" : (result.error.issues[0]?.message ?? "?");
}

test("numbers are accepted only as exactly as their numeric column stores them", () => {
  const fte = membershipInput.shape.fte;
  const cases: Array<[string, z.ZodType, unknown, string]> = [
    ["hours 0.1, the smallest numeric(4,1) > 0", hoursPerWeek, 0.1, "ok"],
    ["hours 0.04 would round to 0.0", hoursPerWeek, 0.04, "too_precise"],
    ["hours 0.05 would round to 0.1 silently", hoursPerWeek, 0.05, "too_precise"],
    ["hours 37.5", hoursPerWeek, 37.5, "ok"],
    ["hours 7.25", hoursPerWeek, 7.25, "too_precise"],
    ["hours 80", hoursPerWeek, 80, "ok"],
    ["wage 12.35", hourlyWage, 12.35, "ok"],
    ["wage 0.3 (binary fraction)", hourlyWage, 0.3, "ok"],
    ["wage 12.345", hourlyWage, 12.345, "too_precise"],
    ["wage 200, the highest", hourlyWage, 200, "ok"],
    ["wage 1280 (12.80 read with a thousands point)", hourlyWage, 1280, "hourly_wage_range"],
    ["wage below 0", hourlyWage, -1, "hourly_wage_range"],
    ["fte 0.05", fte, 0.05, "ok"],
    ["fte 0.07 (binary fraction)", fte, 0.07, "ok"],
    ["fte 0.055", fte, 0.055, "too_precise"],
  ];
  for (const [what, schema, value, expected] of cases) {
    const got = verdict(schema, value);
    assert.ok(expected === "ok" ? got === "ok" : got.includes(expected), `${what}: ${got}`);
  }
  assert.equal(cases.length, 15);
});

test("dates PostgreSQL cannot store (year 0) are refused; a birth date in the future has its own key", () => {
  const cases: Array<[z.ZodType, string, string]> = [
    [storableIsoDate, "0000-01-01", "invalid_date"],
    [storableIsoDate, "0001-01-01", "ok"],
    [isoDateTime, "0000-06-01T12:00:00Z", "invalid_date"],
    [isoDateTime, "2026-06-01T12:00:00+03:00", "ok"],
    [henkilotunnus, "010199F123Y", "birth_date_in_future"],
    [henkilotunnus, "311299+0029", "ok"],
    [henkilotunnus, "131052-308U", "invalid_henkilotunnus"],
  ];
  for (const [schema, value, expected] of cases) assert.equal(verdict(schema, value), expected, value);
  assert.equal(cases.length, 7);
});
