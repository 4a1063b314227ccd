import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runCli } from "../platform/testing/run-cli.ts";

/**
 * `npm run polku -- generate` as an operator runs it, on a fresh embedded database: it prints the
 * rows it made per table and the time it took, refuses a database that holds clients, and exits
 * 2 with a message naming the flag for bad or missing flags (before opening any database).
 */
describe("polku generate", { timeout: 300_000 }, () => {
  let dir: string;
  const polku = (args: string[]) =>
    runCli(["generate", ...args], { DATABASE_URL: undefined, POLKU_DATA_DIR: join(dir, "data") });

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "polku-generate-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("builds a small dataset, prints what it made, and will not build a second one over it", async () => {
    const run = await polku([
      "--clients",
      "40",
      "--years",
      "1",
      "--seed",
      "5",
      "--organisations",
      "2",
      "--anchor",
      "2026-06-30",
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}client +40$/m);
    assert.match(run.stdout, /^ {2}activity +[\d,]+$/m);
    assert.match(run.stdout, /Done in \d+\.\d s\./);
    // Not a terminal here: one plain line per step instead of a redrawn bar.
    assert.match(run.stderr, /^activities…$/m);
    const again = await polku(["--clients", "40", "--years", "1", "--seed", "5"]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds data/);
  });

  test("bad or missing flags exit 2 and say what to fix", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--clients", "abc", "--years", "2", "--seed", "1"], /--clients must be a whole number/],
      [["--clients", "100", "--years", "2"], /--seed is required/],
      [["--clients", "100", "--years", "20", "--seed", "1"], /--years must be a whole number from 1 to 10/],
      [
        ["--clients", "100", "--years", "2", "--seed", "1", "--anchor", "2026-13-01"],
        /--anchor must be a date/,
      ],
      [
        ["--clients", "100", "--years", "2", "--seed", "1", "--organisations", "50"],
        /--organisations must leave/,
      ],
      [["--clients", "100", "--bogus"], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const run = await polku(args);
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });
});
