import type { SituationAtStart } from "../episodes/referral-and-closure.ts";
import type { OutcomeRuleSetId, OutcomeRuleSetRef } from "./types.ts";

/**
 * The named, versioned rule sets an outcome figure can be computed by (outcomes.md §1). A figure
 * always names its rule set and version; a changed rule gets a new version, never an edit, so
 * stored summaries and old exports keep meaning what they said. Definitions: docs/domain/metrics.md.
 */
export type OutcomeRuleSet = OutcomeRuleSetRef & {
  /**
   * Situations at the start of the service that leave a client out of the employment rate's
   * denominator. IPS Grow 2024 counts only clients out of work at the start: people already in a
   * job (job change) or on sick leave from one (retention cases) are excluded.
   */
  excludedFromEmploymentDenominator: readonly SituationAtStart[];
};

export const outcomeRuleSets: Record<OutcomeRuleSetId, OutcomeRuleSet> = {
  /** US IPS Learning Community, quarterly: worked competitively ÷ served on the caseload (§2). */
  us_learning_community: { id: "us_learning_community", version: 1, excludedFromEmploymentDenominator: [] },
  /** IPS Grow (England) from April 2024: the denominator is clients out of work at IPS start (§3). */
  ips_grow_2024: {
    id: "ips_grow_2024",
    version: 1,
    excludedFromEmploymentDenominator: ["employed", "sick_leave"],
  },
};

/** The current version of a rule set, as figures and stored summaries name it. */
export function currentRuleSet(id: OutcomeRuleSetId): OutcomeRuleSetRef {
  const r = outcomeRuleSets[id];
  return { id: r.id, version: r.version };
}

/** The rules of a rule set version; throws for a version this code does not implement. */
export function ruleSetRules(ref: OutcomeRuleSetRef): OutcomeRuleSet {
  const r = outcomeRuleSets[ref.id];
  if (!r || r.version !== ref.version) throw new Error(`unknown outcome rule set ${ref.id} v${ref.version}`);
  return r;
}
