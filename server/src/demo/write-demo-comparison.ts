import { lastFullQuarter, quartersEnding } from "../../../core/outcomes/periods.ts";
import type { Trx } from "../platform/db/transaction.ts";

/**
 * Counts per quarter of the demo's comparison group: about one in five employed, near the 19 % of
 * the comparison group in the pension insurer's pilot (outcomes.md §6). Made up, and named so.
 */
const perQuarter = [
  { denominator: 41, employed: 8 },
  { denominator: 44, employed: 8 },
  { denominator: 39, employed: 7 },
  { denominator: 42, employed: 9 },
];

/**
 * An imported comparison cohort for the demo organisation (aggregate counts for the last four full
 * quarters), so the team lead's "IPS against a comparison group" has something to compare with.
 */
export async function writeDemoComparison(
  trx: Trx,
  organisationId: string,
  createdBy: string,
  today: string,
): Promise<void> {
  const cohort = await trx
    .insertInto("comparison_cohort")
    .values({
      organisation_id: organisationId,
      name: "Tavanomaiset työllisyyspalvelut (esimerkki)",
      source_description: "Keksitty esittelyaineisto: määrät vuosineljänneksittäin, ei oikeita henkilöitä.",
      kind: "aggregate",
      created_by: createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const periods = quartersEnding(lastFullQuarter(today), perQuarter.length);
  await trx
    .insertInto("comparison_cohort_count")
    .values(
      periods.map((period, i) => ({
        cohort_id: cohort.id,
        period_from: period.from,
        period_to: period.to,
        ...(perQuarter[i] ?? { denominator: 40, employed: 8 }),
      })),
    )
    .execute();
}
