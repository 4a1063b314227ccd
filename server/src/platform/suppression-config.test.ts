import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig } from "./config.ts";

/** The small-cell threshold (issue 9): default 5, higher allowed, lower refused with what to fix. */
test("POLKU_SUPPRESSION_THRESHOLD: default 5, never below 5", () => {
  const cases: Array<[string | undefined, number | "refused"]> = [
    [undefined, 5],
    ["", 5],
    ["5", 5],
    ["10", 10],
    ["4", "refused"],
    ["0", "refused"],
    ["-5", "refused"],
    ["5.5", "refused"],
    ["five", "refused"],
  ];
  for (const [value, expected] of cases) {
    const env = value === undefined ? {} : { POLKU_SUPPRESSION_THRESHOLD: value };
    if (expected === "refused") {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && /POLKU_SUPPRESSION_THRESHOLD.*at least 5/.test(e.message),
        String(value),
      );
    } else {
      assert.equal(loadConfig(env).suppressionThreshold, expected, String(value));
    }
  }
  assert.equal(cases.length, 9);
});
