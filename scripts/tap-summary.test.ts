import assert from "node:assert/strict";
import { test } from "node:test";
import { countResults, failingFiles } from "./tap-summary.mjs";

// node:test's TAP (Node 20) for: a file that passed its tests and then hung until the file timeout,
// a skipped and a todo test, a test still pending when its file's event loop emptied, and a
// failing test inside a suite (whose parent then fails with `subtestsFailed`).
const TAP = `TAP version 13
# Subtest: passes
ok 1 - passes
  ---
  duration_ms: 1.0
  ...
# Subtest: /repo/server/src/audit/hang.test.ts
not ok 2 - /repo/server/src/audit/hang.test.ts
  ---
  duration_ms: 3007.2
  location: '/repo/server/src/audit/hang.test.ts:1:1'
  failureType: 'testTimeoutFailure'
  error: 'test timed out after 3000ms'
  code: 'ERR_TEST_FAILURE'
  ...
ok 3 - skipped one # SKIP reason
ok 4 - todo one # TODO
not ok 5 - todo that fails # TODO
  ---
  location: '/repo/server/src/a/todo.test.ts:3:1'
  ...
not ok 6 - pending
  ---
  location: '/repo/server/src/a/pend.test.ts:2:1'
  failureType: 'cancelledByParent'
  error: 'Promise resolution is still pending but the event loop has already resolved'
  ...
# Subtest: a suite
    # Subtest: inner
    not ok 1 - inner
      ---
      location: '/repo/server/src/b/suite.test.ts:9:3'
      failureType: 'testCodeFailure'
      error: 'Expected values to be strictly equal'
      ...
not ok 7 - a suite
  ---
  location: '/repo/server/src/b/suite.test.ts:8:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  ...
1..7
# tests 7
# suites 1
# pass 2
# fail 1
# cancelled 2
# skipped 1
# todo 2
# duration_ms 3171.4
`;

test("the summary counts include cancelled, skipped and todo", () => {
  assert.deepEqual(countResults(TAP), { pass: 2, fail: 1, cancelled: 2, skipped: 1, todo: 2, parsed: true });
});

test("no summary at all is reported as not parsed", () => {
  assert.equal(countResults("Error: cannot find module\n").parsed, false);
});

test("timed-out, cancelled and failing tests name their files; todo and parent suites do not add any", () => {
  const files = failingFiles(TAP, "/repo");
  assert.deepEqual(
    [...files.keys()],
    ["server/src/audit/hang.test.ts", "server/src/a/pend.test.ts", "server/src/b/suite.test.ts"],
  );
  assert.deepEqual(files.get("server/src/audit/hang.test.ts"), ["test timed out after 3000ms"]);
  assert.match(files.get("server/src/a/pend.test.ts")?.[0] ?? "", /still pending/);
  assert.deepEqual(files.get("server/src/b/suite.test.ts"), ["inner: Expected values to be strictly equal"]);
});
