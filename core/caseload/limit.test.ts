import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { caseloadAgainstFte } from "./limit.ts";

describe("caseload over 20 per FTE (S1)", () => {
  const cases: Array<[number, number | null, { limit: number | null; over: boolean | null }]> = [
    [20, 1, { limit: 20, over: false }],
    [21, 1, { limit: 20, over: true }],
    [16, 0.8, { limit: 16, over: false }],
    [17, 0.8, { limit: 16, over: true }],
    [10, 0.5, { limit: 10, over: false }],
    [11, 0.5, { limit: 10, over: true }],
    [11, 0.55, { limit: 11, over: false }],
    [30, null, { limit: null, over: null }],
    [0, 0, { limit: null, over: null }],
  ];
  for (const [active, fte, expected] of cases) {
    test(`${active} active with FTE ${fte}`, () =>
      assert.deepEqual(caseloadAgainstFte(active, fte), expected));
  }
});
