import type { FieldProblem } from "../../../core/errors/codes.ts";
import { invalid } from "../platform/http/app-error.ts";

/** A study ends on or after its start; an outcome (completed, interrupted) needs the end date. */
export function checkStudy(s: { startDate: string; endDate: string | null; outcome: string | null }): void {
  const fields: Record<string, FieldProblem> = {};
  if (s.endDate !== null && s.endDate < s.startDate) fields.endDate = { key: "end_before_start" };
  if (s.outcome !== null && s.endDate === null) fields.endDate = { key: "required" };
  if (Object.keys(fields).length > 0) throw invalid(fields);
}
