import assert from "node:assert/strict";
import { test } from "node:test";
import { compareRates, wilson } from "./intervals.ts";

const close = (actual: number | null, expected: number, digits = 3) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 0.5 * 10 ** -digits, `${actual} ≉ ${expected}`);

test("Wilson 95 % intervals match values worked by hand", () => {
  // 21/63 (Siun sote): p = 1/3, z² = 3.8416, z²/n = 0.060978; centre = (0.333333 + 0.030489) / 1.060978
  // = 0.342915; half = 1.96 · √(0.222222/63 + 3.8416/15876) / 1.060978 = 1.96 · 0.061395 / 1.060978
  // = 0.113418 → 0.2295 … 0.4563.
  const cases: Array<[number, number, number, number, number]> = [
    [21, 63, 1 / 3, 0.2295, 0.4563],
    // 0/10: centre = 0.192080 / 1.38416 = 0.138771, half equal to it → 0 … 0.2775.
    [0, 10, 0, 0, 0.2775],
    [10, 10, 1, 0.7225, 1],
    // 5/10: centre 0.5, half = 1.96 · √(0.025 + 0.009604) / 1.38416 = 0.263326 → 0.2366 … 0.7634.
    [5, 10, 0.5, 0.2366, 0.7634],
  ];
  for (const [x, n, rate, low, high] of cases) {
    const p = wilson(x, n);
    assert.equal(p.numerator, x);
    assert.equal(p.denominator, n);
    close(p.rate, rate, 4);
    close(p.low, low, 4);
    close(p.high, high, 4);
  }
  assert.deepEqual(wilson(0, 0), { numerator: 0, denominator: 0, rate: null, low: null, high: null });
  assert.throws(() => wilson(3, 2));
  assert.throws(() => wilson(-1, 2));
  assert.throws(() => wilson(1.5, 2));
});

test("Newcombe's difference and Katz's ratio match a worked example (8/27 vs 5/27)", () => {
  // p1 = 0.296296, Wilson 0.158500 … 0.485189; p2 = 0.185185, Wilson 0.081824 … 0.366963.
  // Difference 0.111111; low = d − √((p1 − l1)² + (u2 − p2)²) = 0.111111 − √(0.018997 + 0.033043)
  // = 0.111111 − 0.228124 = −0.117013; high = d + √((u1 − p1)² + (p2 − l2)²)
  // = 0.111111 + √(0.035680 + 0.010684) = 0.111111 + 0.215323 = 0.326434.
  // Ratio 1.6; SE(ln RR) = √(1/8 − 1/27 + 1/5 − 1/27) = √0.250926 = 0.500925;
  // exp(ln 1.6 ± 1.96 · 0.500925) = 1.6 · e^(±0.981813) = 1.6 · 2.66930^(±1) → 0.5994 … 4.2709.
  const c = compareRates({ numerator: 8, denominator: 27 }, { numerator: 5, denominator: 27 });
  close(c.ips.low, 0.1585);
  close(c.ips.high, 0.4852);
  close(c.comparison.low, 0.0818);
  close(c.comparison.high, 0.367);
  close(c.difference.estimate, 0.1111, 4);
  close(c.difference.low, -0.117);
  close(c.difference.high, 0.3264);
  close(c.ratio.estimate, 1.6, 4);
  close(c.ratio.low, 0.5994);
  close(c.ratio.high, 4.2709);
});

test("Newcombe's published examples (Statistics in Medicine 1998;17:873–90, table II, method 10)", () => {
  const cases: Array<[[number, number], [number, number], number, number]> = [
    [[56, 70], [48, 80], 0.0524, 0.3339],
    [[9, 10], [3, 10], 0.1705, 0.809],
  ];
  for (const [a, b, low, high] of cases) {
    const d = compareRates(
      { numerator: a[0], denominator: a[1] },
      { numerator: b[0], denominator: b[1] },
    ).difference;
    close(d.low, low, 4);
    close(d.high, high, 4);
  }
});

test("comparisons with empty groups or zero counts say what cannot be estimated", () => {
  const empty = compareRates({ numerator: 0, denominator: 0 }, { numerator: 3, denominator: 10 });
  assert.deepEqual(empty.difference, { estimate: null, low: null, high: null });
  assert.deepEqual(empty.ratio, { estimate: null, low: null, high: null });
  const noneInComparison = compareRates({ numerator: 3, denominator: 10 }, { numerator: 0, denominator: 10 });
  close(noneInComparison.difference.estimate, 0.3, 6);
  assert.deepEqual(noneInComparison.ratio, { estimate: null, low: null, high: null });
  const noneInIps = compareRates({ numerator: 0, denominator: 10 }, { numerator: 3, denominator: 10 });
  assert.deepEqual(noneInIps.ratio, { estimate: 0, low: null, high: null });
});
