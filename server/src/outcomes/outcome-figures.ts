import type { OutcomeFiguresView } from "../../../core/contracts/outcomes.ts";
import { figuresOf } from "../../../core/outcomes/figures.ts";
import { summarise } from "../../../core/outcomes/summarise.ts";
import { presentFigures } from "../../../core/outcomes/suppression.ts";
import type {
  EpisodeOutcomeFacts,
  IsoDate,
  OutcomePeriod,
  OutcomeRuleSetRef,
} from "../../../core/outcomes/types.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { loadOutcomeFactsByPeriod } from "./load-outcome-facts.ts";

/** One group's figures as the API shows them; `threshold` null = not suppressed (team level and below). */
export function figuresView(
  facts: readonly EpisodeOutcomeFacts[],
  period: OutcomePeriod,
  ruleSet: OutcomeRuleSetRef,
  asOf: IsoDate,
  threshold: number | null,
): OutcomeFiguresView {
  return presentFigures(figuresOf(summarise(facts, { period, ruleSet, asOf })), threshold);
}

/**
 * The trend of a set of teams (optionally narrowed to one coach's caseload): every period's facts
 * loaded in one go (loadOutcomeFactsByPeriod) and summarised. Returns the chosen period's facts too, for the parts.
 */
export async function trendOf(
  db: Executor,
  teamIds: readonly string[],
  periods: readonly OutcomePeriod[],
  ruleSet: OutcomeRuleSetRef,
  asOf: IsoDate,
  options: { threshold: number | null; keep?: (facts: EpisodeOutcomeFacts) => boolean },
): Promise<{
  trend: Array<{ period: OutcomePeriod; figures: OutcomeFiguresView }>;
  last: EpisodeOutcomeFacts[];
}> {
  const loaded = await loadOutcomeFactsByPeriod(db, teamIds, periods, asOf);
  const trend: Array<{ period: OutcomePeriod; figures: OutcomeFiguresView }> = [];
  let last: EpisodeOutcomeFacts[] = [];
  for (const period of periods) {
    const facts = loaded.get(period.label) ?? [];
    last = options.keep ? facts.filter(options.keep) : facts;
    trend.push({ period, figures: figuresView(last, period, ruleSet, asOf, options.threshold) });
  }
  return { trend, last };
}
