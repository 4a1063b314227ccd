import type { OutcomeFigures, OutcomeRuleSetRef } from "../../../core/outcomes/types.ts";
import type { Executor } from "../platform/db/transaction.ts";

/** A stored organisation total of one quarter (migration 0021): its figures, not its samples. */
export type StoredOrganisationTotal = {
  organisationId: string;
  quarter: string;
  teamIds: string[];
  figures: OutcomeFigures;
  computedAt: Date;
};

/** A stored network total of one quarter: the member organisations it merged and its figures. */
export type StoredNetworkTotal = {
  quarter: string;
  organisationIds: string[];
  figures: OutcomeFigures;
  computedAt: Date;
};

/**
 * The stored totals of some organisations for some quarters under one rule set version. Callers
 * must have passed the aggregate gate for these organisations (or their network) first.
 */
export async function readOrganisationTotals(
  db: Executor,
  organisationIds: readonly string[],
  quarters: readonly string[],
  ruleSet: OutcomeRuleSetRef,
): Promise<StoredOrganisationTotal[]> {
  if (organisationIds.length === 0 || quarters.length === 0) return [];
  const rows = await db
    .selectFrom("outcome_org_quarter")
    .select(["organisation_id", "quarter", "team_ids", "figures", "computed_at"])
    .where("organisation_id", "in", [...organisationIds])
    .where("quarter", "in", [...quarters])
    .where("rule_set_id", "=", ruleSet.id)
    .where("rule_set_version", "=", ruleSet.version)
    .execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    quarter: r.quarter,
    teamIds: r.team_ids,
    figures: r.figures as OutcomeFigures,
    computedAt: new Date(r.computed_at),
  }));
}

/** A network's stored totals for some quarters under one rule set version (gate passed first). */
export async function readNetworkTotals(
  db: Executor,
  networkId: string,
  quarters: readonly string[],
  ruleSet: OutcomeRuleSetRef,
): Promise<StoredNetworkTotal[]> {
  if (quarters.length === 0) return [];
  const rows = await db
    .selectFrom("outcome_network_quarter")
    .select(["quarter", "organisation_ids", "figures", "computed_at"])
    .where("network_id", "=", networkId)
    .where("quarter", "in", [...quarters])
    .where("rule_set_id", "=", ruleSet.id)
    .where("rule_set_version", "=", ruleSet.version)
    .execute();
  return rows.map((r) => ({
    quarter: r.quarter,
    organisationIds: r.organisation_ids,
    figures: r.figures as OutcomeFigures,
    computedAt: new Date(r.computed_at),
  }));
}

/** Two lists hold the same ids (in any order). */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((id, i) => id === y[i]);
}
