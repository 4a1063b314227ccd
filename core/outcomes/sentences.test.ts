import assert from "node:assert/strict";
import { test } from "node:test";
import { outcomeFigures } from "../contracts/outcomes.ts";
import { translate } from "../i18n/index.ts";
import { locales } from "../i18n/locales.ts";
import { compareRates } from "./intervals.ts";
import { comparisonSentence } from "./sentences.ts";
import { outcomeRuleSetIds } from "./types.ts";

test("the sentence says whether the interval includes zero, and which way it points", () => {
  const cases: Array<[[number, number], [number, number], string, Record<string, number>]> = [
    // 8/27 vs 5/27: +11 points, −12 … +33 (intervals.test.ts works it by hand).
    [[8, 27], [5, 27], "metrics.comparison.includesZero", { difference: 11, low: -12, high: 33 }],
    // Bond 2008's 61 % vs 23 %, at 100 a group: Wilson 0.5120–0.6998 and 0.1584–0.3216;
    // 0.38 − √(0.0980² + 0.0916²) = 0.2459, 0.38 + √(0.0898² + 0.0716²) = 0.4948.
    [[61, 100], [23, 100], "metrics.comparison.higher", { difference: 38, low: 25, high: 49 }],
    [[23, 100], [61, 100], "metrics.comparison.lower", { difference: -38, low: -49, high: -25 }],
    [[0, 0], [5, 27], "metrics.comparison.notEnoughData", {}],
  ];
  for (const [ips, comparison, key, params] of cases) {
    const s = comparisonSentence(
      compareRates(
        { numerator: ips[0], denominator: ips[1] },
        { numerator: comparison[0], denominator: comparison[1] },
      ),
    );
    assert.deepEqual(s, { key, params }, key);
    for (const locale of locales) {
      const text = translate(locale, s.key, s.params);
      assert.notEqual(text, s.key, `${locale} ${key}`);
      assert.doesNotMatch(text, /\{\{/, `${locale} ${key}`);
    }
  }
});

test("every figure and rule set has a name and a definition in every language", () => {
  const figureKeys = Object.keys(outcomeFigures.shape);
  let checked = 0;
  for (const locale of locales) {
    for (const k of figureKeys)
      for (const area of ["names", "definitions"]) {
        assert.notEqual(
          translate(locale, `metrics.${area}.${k}`),
          `metrics.${area}.${k}`,
          `${locale} ${area} ${k}`,
        );
        checked += 1;
      }
    for (const id of outcomeRuleSetIds)
      for (const part of ["name", "description"]) {
        assert.notEqual(
          translate(locale, `metrics.ruleSets.${id}.${part}`),
          `metrics.ruleSets.${id}.${part}`,
        );
        checked += 1;
      }
  }
  assert.equal(checked, 3 * (figureKeys.length * 2 + outcomeRuleSetIds.length * 2));
});
