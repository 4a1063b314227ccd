import type { OutcomeDrillDown } from "../../../core/contracts/outcomes.ts";
import {
  type ClientMetric,
  clientMetrics,
  clientsBehind,
  type SummariseOptions,
  summarise,
} from "../../../core/outcomes/summarise.ts";
import type { EpisodeOutcomeFacts } from "../../../core/outcomes/types.ts";

export type DrillDownMetric = OutcomeDrillDown["metric"];

const isClientMetric = (metric: DrillDownMetric): metric is DrillDownMetric & ClientMetric =>
  (clientMetrics as readonly string[]).includes(metric);

/**
 * The clients a metric counts, by core's own rule, so the drill-down lists exactly the people the
 * dashboard counted. Client metrics (employed, into work, working at the end…) ask core's
 * `clientsBehind`; event counts (job, education and work-trial starts, new agreements,
 * closures) count the clients with at least one such event: the summary of their episode alone
 * counts it. The rule is never restated here.
 */
export function clientsCountedBy(
  metric: DrillDownMetric,
  episodes: readonly EpisodeOutcomeFacts[],
  options: SummariseOptions,
): string[] {
  if (isClientMetric(metric)) return clientsBehind(metric, episodes, options);
  const ids = episodes.filter((e) => summarise([e], options)[metric] > 0).map((e) => e.clientId);
  return [...new Set(ids)].sort();
}
