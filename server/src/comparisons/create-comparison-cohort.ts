import { type CohortCount, countCohortRows } from "../../../core/comparisons/count-cohort-rows.ts";
import type { ComparisonCohort, CreateComparisonCohort } from "../../../core/contracts/comparisons.ts";
import type { FieldProblem } from "../../../core/errors/codes.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";

/**
 * Imports a comparison cohort: aggregate counts per period as given, or pseudonymised rows
 * counted per period (core's `countCohortRows`; the rows are dropped here and never stored). Either
 * way only counts are saved. Aggregate periods may not overlap, since the same people would then
 * be counted twice; a cohort followed at 6 and 12 months is two cohorts. Audited with the kind
 * and the number of periods, never the name or description (free text).
 */
export async function createComparisonCohort(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateComparisonCohort,
): Promise<ComparisonCohort> {
  requireOrganisation(actor, "comparison_cohort.manage", organisationId);
  const counts = input.kind === "rows" ? countRows(input.csv) : checkCounts(input.counts);
  return inTransaction(database, async (trx) => {
    const cohort = await trx
      .insertInto("comparison_cohort")
      .values({
        organisation_id: organisationId,
        name: input.name,
        source_description: input.sourceDescription,
        kind: input.kind,
        created_by: actor.userId,
      })
      .returning(["id", "created_at"])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("comparison_cohort_count")
      .values(
        counts.map((c) => ({
          cohort_id: cohort.id,
          period_from: c.periodFrom,
          period_to: c.periodTo,
          denominator: c.denominator,
          employed: c.employed,
        })),
      )
      .execute();
    await recordAuditEvent(trx, {
      eventType: "comparison_cohort.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { cohortId: cohort.id, kind: input.kind, periods: counts.length },
    });
    return {
      id: cohort.id,
      name: input.name,
      sourceDescription: input.sourceDescription,
      kind: input.kind,
      createdAt: new Date(cohort.created_at).toISOString(),
      counts,
    };
  });
}

function countRows(csv: string): CohortCount[] {
  const result = countCohortRows(csv);
  if (!result.ok) throw invalid(result.problems);
  if (result.counts.length === 0) throw invalid({ csv: { key: "required" } });
  return result.counts;
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
