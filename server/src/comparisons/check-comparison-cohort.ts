import { type CohortCount, countCohortRows } from "../../../core/comparisons/count-cohort-rows.ts";
import type { ComparisonCohortCheck, CreateComparisonCohort } from "../../../core/contracts/comparisons.ts";
import type { FieldProblem } from "../../../core/errors/codes.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { invalid } from "../platform/http/app-error.ts";

/**
 * Checks a comparison cohort import without saving it (the import page's dry run, and the first
 * step of the import itself): pseudonymised rows are counted per period by core's
 * `countCohortRows`, each problem named by its line (`rows.<line>`); aggregate periods may not
 * end before they start, count more employed than people, or overlap, since the same people would
 * then be counted twice (a cohort followed at 6 and 12 months is two cohorts). Reads and writes
 * nothing, so there is nothing to audit; the permission is the import's.
 */
export function checkComparisonCohort(
  actor: Actor,
  organisationId: string,
  input: CreateComparisonCohort,
): ComparisonCohortCheck {
  requireOrganisation(actor, "comparison_cohort.manage", organisationId);
  if (input.kind === "aggregate") return { counts: checkCounts(input.counts), rows: null };
  const result = countCohortRows(input.csv);
  if (!result.ok) throw invalid(result.problems);
  if (result.counts.length === 0) throw invalid({ csv: { key: "required" } });
  return { counts: result.counts, rows: result.rows };
}

function checkCounts(counts: readonly CohortCount[]): CohortCount[] {
  const problems: Record<string, FieldProblem> = {};
  const sorted = [...counts].sort((a, b) => a.periodFrom.localeCompare(b.periodFrom));
  counts.forEach((c, i) => {
    if (c.periodFrom > c.periodTo) problems[`counts.${i}.periodTo`] = { key: "end_before_start" };
    if (c.employed > c.denominator) problems[`counts.${i}.employed`] = { key: "over_denominator" };
  });
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    if (next && next.periodFrom <= c.periodTo) {
      problems[`counts.${counts.indexOf(next)}.periodFrom`] ??= { key: "periods_overlap" };
    }
  });
  if (Object.keys(problems).length > 0) throw invalid(problems);
  return sorted;
}
