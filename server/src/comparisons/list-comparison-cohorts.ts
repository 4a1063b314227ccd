import type { ComparisonCohort } from "../../../core/contracts/comparisons.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

/** The organisation's comparison cohorts with their counts, newest first. Audited with the count. */
export function listComparisonCohorts(
  database: Database,
  actor: Actor,
  organisationId: string,
): Promise<ComparisonCohort[]> {
  requireOrganisation(actor, "comparison_cohort.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const cohorts = await trx
      .selectFrom("comparison_cohort")
      .select(["id", "name", "source_description", "kind", "created_at"])
      .where("organisation_id", "=", organisationId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
    const counts =
      cohorts.length === 0
        ? []
        : await trx
            .selectFrom("comparison_cohort_count")
            .selectAll()
            .where(
              "cohort_id",
              "in",
              cohorts.map((c) => c.id),
            )
            .orderBy("period_from")
            .orderBy("period_to")
            .execute();
    await recordAuditEvent(trx, {
      eventType: "comparison_cohort.listed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { count: cohorts.length },
    });
    return cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      sourceDescription: c.source_description,
      kind: c.kind,
      createdAt: new Date(c.created_at).toISOString(),
      counts: counts
        .filter((n) => n.cohort_id === c.id)
        .map((n) => ({
          periodFrom: n.period_from,
          periodTo: n.period_to,
          denominator: n.denominator,
          employed: n.employed,
        })),
    }));
  });
}
