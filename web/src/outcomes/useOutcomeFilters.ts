import { type OutcomeRuleSetId, outcomeRuleSetIds } from "@core/outcomes/types";
import { useSearchParams } from "react-router";
import type { OutcomeQuery } from "./outcomes-api.ts";
import { finishedQuarter } from "./quarters.ts";

export const trendLengths = [4, 8, 12, 20] as const;

export type OutcomeFilters = Required<OutcomeQuery>;

/**
 * The page's rule set, quarter and trend length, kept in the address so a view can be shared
 * and the back button works. Defaults: the US learning-community rule, the last full quarter, a year. A quarter not yet
 * finished in the address is read as the last finished one.
 */
export function useOutcomeFilters(): [OutcomeFilters, (change: Partial<OutcomeFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const ruleSetParam = params.get("ruleSet");
  const ruleSet: OutcomeRuleSetId = outcomeRuleSetIds.includes(ruleSetParam as OutcomeRuleSetId)
    ? (ruleSetParam as OutcomeRuleSetId)
    : "us_learning_community";
  const quarter = finishedQuarter(params.get("quarter"));
  const quartersParam = Number(params.get("quarters"));
  const quarters = (trendLengths as readonly number[]).includes(quartersParam) ? quartersParam : 4;
  const set = (change: Partial<OutcomeFilters>) => {
    const next = { ruleSet, quarter, quarters, ...change };
    setParams(
      { ruleSet: next.ruleSet, quarter: next.quarter, quarters: String(next.quarters) },
      { replace: true },
    );
  };
  return [{ ruleSet, quarter, quarters }, set];
}
