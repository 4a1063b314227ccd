// Reads node:test's TAP output for scripts/test.mjs: the summary counts and which files failed.
// Plain Node, no dependencies. Tested by scripts/tap-summary.test.ts.

import path from "node:path";

/**
 * Reads the runner's final summary lines (TAP `# pass 3`, `# cancelled 1`, …). One run prints one
 * summary at its end; taking the last match ignores a test's own output that happens to look alike.
 */
export function countResults(text) {
  const found = { pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, parsed: false };
  for (const m of text.matchAll(/^(?:#|ℹ) (pass|fail|cancelled|skipped|todo) (\d+)\s*$/gmu)) {
    found[m[1]] = Number(m[2]);
    found.parsed = true;
  }
  return found;
}

/**
 * Finds the files behind every `not ok` in node:test's TAP output. A file that hangs after its
 * tests is reported as a failing test named after the file ("test timed out after …"); a test
 * still pending when the file's event loop empties is "cancelled" ("Promise resolution is still
 * pending…"). Both must name their file in the summary, not hide behind "0 failed".
 * Parents that failed only because a subtest did (`subtestsFailed`) add nothing new.
 */
export function failingFiles(tap, root) {
  const files = new Map();
  const lines = tap.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s*)not ok \d+ - (.*)$/.exec(lines[i]);
    if (!head || /# TODO\b/.test(head[2])) continue;
    const yaml = {};
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (line.trim() === "...") break;
      const field = /^\s+(location|error|failureType): (.*)$/.exec(line);
      if (field) yaml[field[1]] = field[2].replace(/^'(.*)'$/, "$1");
    }
    if (yaml.failureType === "subtestsFailed") continue;
    const file = (yaml.location ?? head[2]).replace(/:\d+:\d+$/, "");
    const rel = path.isAbsolute(file) ? path.relative(root, file) : file;
    const name = head[2].trim();
    const error = yaml.error ?? yaml.failureType ?? "failed";
    // A whole file's failure (timeout, crash) is named after the file itself.
    const reason = path.isAbsolute(name) ? error : `${name}: ${error}`;
    const reasons = files.get(rel) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    files.set(rel, reasons);
  }
  return files;
}
