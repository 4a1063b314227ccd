import { sql } from "kysely";
import { quarterOf, quartersEnding } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import { outcomeRuleSetIds } from "../../../core/outcomes/types.ts";
import type { Trx } from "../platform/db/transaction.ts";

/** One stored quarter under one rule set version. */
export type TotalKey = { quarter: string; ruleSetId: string; ruleSetVersion: number };
export const keyOf = (k: TotalKey) => `${k.quarter}|${k.ruleSetId}|${k.ruleSetVersion}`;

/**
 * Serialises the refreshes of one organisation's totals across transactions (two instances on one
 * PostgreSQL): a total is then always computed from committed team rows. PGlite has one session.
 */
export async function lockOrganisationTotals(trx: Trx, organisationIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(organisationIds)].sort())
    await sql`select pg_advisory_xact_lock(hashtextextended(${`outcome_org:${id}`}, 0))`.execute(trx);
}

/** The stored quarters and current rule set versions as of `today` (what the refresher keeps). */
export function storedKeys(today: string, quarters: number): TotalKey[] {
  return quartersEnding(quarterOf(today), quarters).flatMap((p) =>
    outcomeRuleSetIds.map((id) => {
      const r = currentRuleSet(id);
      return { quarter: p.label, ruleSetId: r.id, ruleSetVersion: r.version };
    }),
  );
}
