import type { OutcomeDrillDown } from "../contracts/outcomes.ts";
import { competitiveJobs, inPeriod, onCaseloadDuring } from "./episode-rules.ts";
import { type ClientMetric, classifyClients, type SummariseOptions } from "./summarise.ts";
import type { EpisodeOutcomeFacts } from "./types.ts";

/** What a drill-down can list clients for: every metric of the contract, and the client counts. */
export type DrillDownMetric = OutcomeDrillDown["metric"] | ClientMetric;

/** Event counts: the clients behind them are the clients with at least one such event. */
const eventOf: Partial<Record<DrillDownMetric, (e: EpisodeOutcomeFacts, o: SummariseOptions) => boolean>> = {
  jobStarts: (e, o) => competitiveJobs(e).some((j) => inPeriod(j.startDate, o.period)),
  educationStarts: (e, o) => e.studies.some((s) => inPeriod(s.startDate, o.period)),
  workTrialStarts: (e, o) => e.workTrials.some((s) => inPeriod(s.startDate, o.period)),
  newAgreements: (e, o) => inPeriod(e.agreementDate, o.period),
  closures: (e, o) => inPeriod(e.closureDate, o.period),
};

/**
 * The clients behind one number, sorted: exactly the ones `summarise` counted, so the list a team
 * lead opens always matches the figure (the drill-down, through the client gate).
 */
export function clientsBehind(
  metric: DrillDownMetric,
  episodes: readonly EpisodeOutcomeFacts[],
  opts: SummariseOptions,
): string[] {
  const isEvent = eventOf[metric];
  const out = new Set<string>();
  if (isEvent) {
    for (const e of episodes) if (onCaseloadDuring(e, opts.period) && isEvent(e, opts)) out.add(e.clientId);
  } else {
    for (const [clientId, m] of classifyClients(episodes, opts))
      if (m.has(metric as ClientMetric)) out.add(clientId);
  }
  return [...out].sort();
}
