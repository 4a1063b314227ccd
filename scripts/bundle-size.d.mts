// Types for bundle-size.mjs (plain Node, run without tsx by scripts/test.mjs).
export type Row = { file: string; gz: number };
export type Measurement = {
  index: Row[];
  catalogues: { key: string; files: string[]; gz: number }[];
  largest: { key: string; files: string[]; gz: number };
  pages: { name: string; rows: Row[]; gz: number }[];
};
export type Verdict = { name: string; gz: number; budget: number; ok: boolean };
export const BUDGETS_KB: Record<string, number>;
export const CATALOGUES: string[];
export const PAGES: Record<string, string[]>;
export function scriptsOfIndex(html: string): string[];
export function staticClosure(
  manifest: Record<string, { file: string; imports?: string[] }>,
  key: string,
): string[];
export function measure(root: string): Measurement;
export function judge(result: Measurement, budgetsKb?: Record<string, number>): Verdict[];
