import type { ComparisonCohort, CreateComparisonCohort } from "../../../core/contracts/comparisons.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { checkComparisonCohort } from "./check-comparison-cohort.ts";

/**
 * Imports a comparison cohort: aggregate counts per period as given, or pseudonymised rows
 * counted per period (`checkComparisonCohort`, the same check as the import's dry run; the rows are
 * never stored). Either way only counts are saved. Audited with the kind and the number of
 * periods, never the name or description (free text).
 */
export async function createComparisonCohort(
  database: Database,
  actor: Actor,
  organisationId: string,
  input: CreateComparisonCohort,
): Promise<ComparisonCohort> {
  const { counts } = checkComparisonCohort(actor, organisationId, input);
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
