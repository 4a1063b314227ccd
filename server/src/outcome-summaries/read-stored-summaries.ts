import { mergeSummaries } from "../../../core/outcomes/summarise.ts";
import type { OutcomePeriod, OutcomeRuleSetRef, OutcomeSummary } from "../../../core/outcomes/types.ts";
import type { Executor } from "../platform/db/transaction.ts";

export type StoredSummary = {
  teamId: string;
  organisationId: string;
  quarter: string;
  summary: OutcomeSummary;
  computedAt: Date;
};

/**
 * The stored team × quarter summaries of some organisations (every IPS team of theirs, archived
 * ones too: their past quarters still count) for some quarters under one rule set version.
 * Callers must have passed the aggregate gate for these organisations (or their network) first.
 */
export async function readStoredSummaries(
  db: Executor,
  organisationIds: readonly string[],
  quarters: readonly string[],
  ruleSet: OutcomeRuleSetRef,
): Promise<StoredSummary[]> {
  if (organisationIds.length === 0 || quarters.length === 0) return [];
  const rows = await db
    .selectFrom("outcome_team_quarter")
    .select(["team_id", "organisation_id", "quarter", "summary", "computed_at"])
    .where("organisation_id", "in", [...organisationIds])
    .where("quarter", "in", [...quarters])
    .where("rule_set_id", "=", ruleSet.id)
    .where("rule_set_version", "=", ruleSet.version)
    .execute();
  return rows.map((r) => ({
    teamId: r.team_id,
    organisationId: r.organisation_id,
    quarter: r.quarter,
    summary: r.summary as OutcomeSummary,
    computedAt: new Date(r.computed_at),
  }));
}

/** One summary of the given stored rows for a period (teams are disjoint: mergeSummaries adds). */
export function mergeStored(
  rows: readonly StoredSummary[],
  period: OutcomePeriod,
  ruleSet: OutcomeRuleSetRef,
): OutcomeSummary {
  return mergeSummaries(
    rows.filter((r) => r.quarter === period.label).map((r) => r.summary),
    period,
    ruleSet,
  );
}

/** The dashboards' `asOf`: the oldest computation among the rows used (now when there are none). */
export function oldestComputedAt(rows: ReadonlyArray<{ computedAt: Date }>): string {
  const times = rows.map((r) => r.computedAt.getTime());
  return new Date(times.length === 0 ? Date.now() : Math.min(...times)).toISOString();
}
