import type { z } from "zod";
import type { outcomeQuery } from "../../../core/contracts/outcomes.ts";
import { lastFullQuarter, quarterPeriod, quartersEnding } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import type { OutcomePeriod, OutcomeRuleSetId, OutcomeRuleSetRef } from "../../../core/outcomes/types.ts";
import { invalid } from "../platform/http/app-error.ts";

export type OutcomeQuery = z.infer<typeof outcomeQuery>;

/** What a dashboard computes: the rule set, the chosen quarter and the trend ending with it. */
export type ResolvedOutcomeQuery = {
  ruleSet: OutcomeRuleSetRef;
  quarter: string;
  period: OutcomePeriod;
  trend: OutcomePeriod[];
};

/** Years a quarter may name: the database stores no year 0, and IPS records start long after 1900. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** Reads the query: the default quarter is the last full one (the current one is still open). */
export function resolveOutcomeQuery(
  query: { ruleSet: OutcomeRuleSetId; quarter?: string | undefined; quarters?: number },
  today: string,
): ResolvedOutcomeQuery {
  const quarter = query.quarter ?? lastFullQuarter(today);
  const year = Number(quarter.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw invalid({ quarter: { key: "invalid_date" } });
  return {
    ruleSet: currentRuleSet(query.ruleSet),
    quarter,
    period: quarterPeriod(quarter),
    trend: quartersEnding(quarter, query.quarters ?? 1),
  };
}
