import { summarise } from "../../../core/outcomes/summarise.ts";
import type {
  EpisodeOutcomeFacts,
  IsoDate,
  OutcomePeriod,
  OutcomeRuleSetRef,
  OutcomeSummary,
} from "../../../core/outcomes/types.ts";
import { loadOutcomeFactsByPeriod } from "../outcomes/load-outcome-facts.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { readStoredSummaries, type StoredSummary } from "./read-stored-summaries.ts";

export type TeamQuarterSummaries = {
  /** Per period label, each team's summary (teams without episodes have an empty one). */
  byPeriod: Map<string, Map<string, OutcomeSummary>>;
  /** The stored rows that were used (their `computed_at` is the page's asOf). */
  stored: StoredSummary[];
  /** How many team × quarter summaries were computed live. */
  live: number;
};

/**
 * The summaries of one organisation's IPS teams for some quarters, read from the stored
 * team × quarter rows (migration 0008). The rule: a team's quarter is read from its stored row
 * under the same rule set version; only where there is no such row (a team never refreshed yet,
 * or a quarter older than the five stored years) is it computed live from the episodes, all such
 * quarters with one `loadOutcomeFactsByPeriod`. A row of a team waiting in the refresh queue is
 * still used, as on the network page: the refresher brings it up to date within seconds, and the
 * page's asOf says how old it is. Callers must have passed the aggregate gate for the organisation.
 */
export async function teamQuarterSummaries(
  db: Executor,
  organisationId: string,
  teamIds: readonly string[],
  periods: readonly OutcomePeriod[],
  ruleSet: OutcomeRuleSetRef,
  asOf: IsoDate,
): Promise<TeamQuarterSummaries> {
  const byPeriod = new Map(periods.map((p) => [p.label, new Map<string, OutcomeSummary>()]));
  if (teamIds.length === 0) return { byPeriod, stored: [], live: 0 };
  const teams = new Set(teamIds);
  const stored = (
    await readStoredSummaries(
      db,
      [organisationId],
      periods.map((p) => p.label),
      ruleSet,
    )
  ).filter((r) => teams.has(r.teamId));
  for (const row of stored) byPeriod.get(row.quarter)?.set(row.teamId, row.summary);
  // Periods missing the same teams are loaded together (usually all of them: the queued teams).
  const groups = new Map<string, { teams: string[]; periods: OutcomePeriod[] }>();
  for (const period of periods) {
    const have = byPeriod.get(period.label) as Map<string, OutcomeSummary>;
    const missing = teamIds.filter((id) => !have.has(id));
    if (missing.length === 0) continue;
    const group = groups.get(missing.join());
    if (group) group.periods.push(period);
    else groups.set(missing.join(), { teams: missing, periods: [period] });
  }
  let live = 0;
  for (const { teams: missing, periods: those } of groups.values()) {
    const loaded = await loadOutcomeFactsByPeriod(db, missing, those, asOf);
    for (const period of those) {
      const facts = groupByTeam(loaded.get(period.label) ?? []);
      for (const teamId of missing)
        byPeriod
          .get(period.label)
          ?.set(teamId, summarise(facts.get(teamId) ?? [], { period, ruleSet, asOf }));
      live += missing.length;
    }
  }
  return { byPeriod, stored, live };
}

function groupByTeam(facts: readonly EpisodeOutcomeFacts[]): Map<string, EpisodeOutcomeFacts[]> {
  const groups = new Map<string, EpisodeOutcomeFacts[]>();
  for (const f of facts) {
    const group = groups.get(f.teamId);
    if (group) group.push(f);
    else groups.set(f.teamId, [f]);
  }
  return groups;
}
