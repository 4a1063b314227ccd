// Types for tap-summary.mjs (plain Node, run without tsx by scripts/test.mjs).
export type Counts = {
  pass: number;
  fail: number;
  cancelled: number;
  skipped: number;
  todo: number;
  parsed: boolean;
};
export function countResults(text: string): Counts;
export function failingFiles(tap: string, root: string): Map<string, string[]>;
