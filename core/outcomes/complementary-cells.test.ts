import assert from "node:assert/strict";
import { test } from "node:test";
import { pinnedDown, type Withheld } from "./complementary-cells.ts";

test("a withheld cell is pinned down when the rule's bounds leave it one value (threshold 5)", () => {
  const cases: Array<[Withheld[], number, boolean]> = [
    [["primary"], 3, true], // alone: it is the residual
    [["complementary"], 13, true],
    [["primary", "primary"], 2, true], // 1 + 1
    [["primary", "primary"], 8, true], // 4 + 4
    [["primary", "primary"], 5, false], // 1 + 4, 2 + 3, …
    [["primary", "complementary"], 6, true], // 1 + 5 (0 would leave 6 for a primary)
    [["primary", "complementary"], 7, false], // 1 + 6, 2 + 5
    [["primary", "complementary"], 4, true], // 4 + 0: a complementary cell is 0 or ≥ 5
    [["complementary", "complementary"], 13, false], // 13 + 0, 0 + 13, 5 + 8, …
    [["primary", "primary", "primary"], 3, true], // 1 + 1 + 1
    [["primary", "primary", "primary"], 4, false], // 2 + 1 + 1 in any order
    [[], 0, false],
  ];
  for (const [withheld, residual, pinned] of cases)
    assert.equal(pinnedDown(withheld, residual, 5), pinned, `${withheld.join("+")} = ${residual}`);
});
