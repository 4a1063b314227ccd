import assert from "node:assert/strict";
import { test } from "node:test";
import { consentInForce } from "./scopes.ts";

test("a consent is in force from the day given until withdrawn or expired", () => {
  const given = { givenOn: "2026-03-01", validUntil: null, withdrawnOn: null };
  const cases: Array<[typeof given | Record<string, string | null>, string, boolean]> = [
    [given, "2026-03-01", true],
    [given, "2026-02-28", false],
    [{ ...given, withdrawnOn: "2026-04-01" }, "2026-03-31", true],
    [{ ...given, withdrawnOn: "2026-04-01" }, "2026-04-01", false],
    [{ ...given, validUntil: "2026-12-31" }, "2026-12-31", true],
    [{ ...given, validUntil: "2026-12-31" }, "2027-01-01", false],
  ];
  for (const [c, today, expected] of cases) {
    assert.equal(consentInForce(c as typeof given, today), expected, `${JSON.stringify(c)} on ${today}`);
  }
});
