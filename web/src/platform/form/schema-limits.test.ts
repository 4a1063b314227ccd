import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { recordActivity } from "../../../../core/contracts/activities.ts";
import { recordJob, updateWorkTrial } from "../../../../core/contracts/work.ts";
import { maxLengthOf } from "./schema-limits.ts";

describe("maxLengthOf reads the contract's limit for a counter", () => {
  const cases: Array<[string, z.ZodType, string, number | null]> = [
    ["activity notes (nullable, default)", recordActivity, "notes", 8000],
    ["job notes (optional, nullable)", recordJob, "notes", 4000],
    ["job title (required text)", recordJob, "title", 200],
    ["work-trial tasks (partial update)", updateWorkTrial, "tasks", 2000],
    ["a number has none", recordJob, "hoursPerWeek", null],
    ["an unknown field has none", recordJob, "nothing", null],
    [
      "through a transform",
      z.object({
        a: z
          .string()
          .max(5)
          .transform((s) => s),
      }),
      "a",
      5,
    ],
  ];
  for (const [what, schema, name, expected] of cases) {
    it(what, () => assert.equal(maxLengthOf(schema, name), expected));
  }
});
