import type { EpisodeDocumentKind } from "../../../core/documents/codes.ts";
import type { PlanVersionRow } from "./plan-query.ts";

export type PlanVersionSummary = { version: number; savedAt: string; authorName: string | null };
export type PlanVersionView = PlanVersionSummary & {
  kind: EpisodeDocumentKind;
  content: Record<string, unknown>;
};
export type PlanView = {
  kind: EpisodeDocumentKind;
  latest: PlanVersionView | null;
  versions: PlanVersionSummary[];
};

/** Whitelists a version's number, date and author. */
export function presentPlanVersionSummary(row: PlanVersionRow): PlanVersionSummary {
  return {
    version: row.version,
    savedAt: new Date(row.created_at).toISOString(),
    authorName: row.author_name,
  };
}

/** One version with its content (validated against the kind's schema when it was saved). */
export function presentPlanVersion(
  kind: EpisodeDocumentKind,
  row: PlanVersionRow & { content: Record<string, unknown> },
): PlanVersionView {
  return { ...presentPlanVersionSummary(row), kind, content: row.content };
}
