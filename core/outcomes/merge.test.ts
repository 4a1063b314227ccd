import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf } from "./figures.ts";
import { randomEpisodes, seededRandom } from "./fixtures.test-support.ts";
import { quarterPeriod } from "./periods.ts";
import { currentRuleSet } from "./rule-sets.ts";
import { mergeSummaries, summarise } from "./summarise.ts";
import { outcomeRuleSetIds } from "./types.ts";

const quarters = ["2024-Q2", "2024-Q4", "2025-Q1", "2025-Q3", "2026-Q1"];

test("merging the summaries of disjoint groups gives the figures of their union", () => {
  const r = seededRandom(20251004);
  let cases = 0;
  let nonEmpty = 0;
  for (let i = 0; i < 120; i++) {
    const a = randomEpisodes(r, "a", r.int(0, 12));
    const b = randomEpisodes(r, "b", r.int(0, 12));
    const c = randomEpisodes(r, "c", r.int(0, 3));
    const period = quarterPeriod(r.pick(quarters));
    for (const id of outcomeRuleSetIds) {
      const opts = { period, ruleSet: currentRuleSet(id), asOf: "2026-06-15" };
      const union = summarise([...a, ...b, ...c], opts);
      const merged = mergeSummaries(
        [summarise(a, opts), summarise(b, opts), summarise(c, opts)],
        period,
        opts.ruleSet,
      );
      assert.deepEqual(figuresOf(merged), figuresOf(union), `case ${i} ${id}`);
      cases += 1;
      if (union.caseloadDuringPeriod > 0) nonEmpty += 1;
    }
  }
  assert.equal(cases, 240);
  // The generator must exercise the rules, not merge empty summaries.
  assert.ok(nonEmpty > 150, `only ${nonEmpty} non-empty cases`);
});
