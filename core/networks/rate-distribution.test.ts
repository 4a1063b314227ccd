import assert from "node:assert/strict";
import { test } from "node:test";
import { quantile, rateDistribution } from "./rate-distribution.ts";

test("quantiles by linear interpolation (R type 7), hand-computed", () => {
  const cases: Array<[number[], number, number | null]> = [
    [[], 0.5, null],
    [[0.4], 0.25, 0.4],
    [[0.2, 0.4], 0.5, 0.30000000000000004],
    [[0.1, 0.2, 0.3, 0.4, 0.5], 0.25, 0.2],
    [[0.1, 0.2, 0.3, 0.4, 0.5], 0.5, 0.3],
    [[0.1, 0.2, 0.3, 0.4, 0.5], 0.75, 0.4],
    [[0, 1, 2, 3], 0.25, 0.75],
    [[0, 1, 2, 3], 0.75, 2.25],
  ];
  for (const [xs, p, expected] of cases) assert.equal(quantile(xs, p), expected, `${xs} @ ${p}`);
  assert.equal(cases.length, 8);
});

test("only organisations whose denominator reaches the threshold count", () => {
  const d = rateDistribution(
    [
      { numerator: 1, denominator: 4 }, // too small: left out
      { numerator: 0, denominator: 0 },
      { numerator: 2, denominator: 10 },
      { numerator: 5, denominator: 10 },
      { numerator: 3, denominator: 5 },
    ],
    5,
  );
  assert.deepEqual(d, { organisations: 3, q1: 0.35, median: 0.5, q3: 0.55 });
  assert.deepEqual(rateDistribution([{ numerator: 1, denominator: 4 }], 5), {
    organisations: 0,
    q1: null,
    median: null,
    q3: null,
  });
});
