import assert from "node:assert/strict";
import { test } from "node:test";
import { problemLine } from "./problem-line.ts";

test("an import problem points at its CSV line or its period (counted from 1); other fields at none", () => {
  const cases: [string, ReturnType<typeof problemLine>][] = [
    ["rows.1", { kind: "row", line: 1 }],
    ["rows.12", { kind: "row", line: 12 }],
    ["counts.0.employed", { kind: "period", line: 1 }],
    ["counts.3.periodFrom", { kind: "period", line: 4 }],
    ["name", null],
    ["csv", null],
    ["rows", null],
    ["counts.x.employed", null],
  ];
  for (const [path, expected] of cases) assert.deepEqual(problemLine(path), expected, path);
  assert.equal(cases.length, 8);
});
