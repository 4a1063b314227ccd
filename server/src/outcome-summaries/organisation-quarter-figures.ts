import { sql } from "kysely";
import { figuresOf } from "../../../core/outcomes/figures.ts";
import { mergeSummaries, summarise } from "../../../core/outcomes/summarise.ts";
import type {
  EpisodeOutcomeFacts,
  IsoDate,
  OutcomeFigures,
  OutcomePeriod,
  OutcomeRuleSetRef,
  OutcomeSummary,
} from "../../../core/outcomes/types.ts";
import { loadOutcomeFactsByPeriod } from "../outcomes/load-outcome-facts.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { readOrganisationTotals, sameIds } from "./read-stored-totals.ts";

export type OrganisationQuarterFigures = {
  /** Per period label, each team's figures (teams without episodes have empty ones). */
  teams: Map<string, Map<string, OutcomeFigures>>;
  /** Per period label, the organisation's figures: all its teams merged. */
  totals: Map<string, OutcomeFigures>;
  /** The stored rows used (their oldest `computedAt` is the page's asOf). */
  stored: Array<{ computedAt: Date }>;
  /** How many team × quarter summaries were computed live. */
  live: number;
};

/**
 * One organisation's IPS teams' figures and its total for some quarters, from stored rows
 * (migrations 0008 and 0021). A team's quarter is read from its stored row (its figures as
 * stored); only where there is none (a team never refreshed yet, or a quarter older than the five
 * stored years) is it computed live from the episodes, all such quarters with one
 * `loadOutcomeFactsByPeriod`. The total is the stored organisation total when it merged exactly
 * the team rows read and is at least as new as each of them; otherwise (a team computed live, a
 * total not yet computed) the teams' summaries are merged here. Callers must have passed the
 * aggregate gate for the organisation.
 */
export async function organisationQuarterFigures(
  db: Executor,
  organisationId: string,
  teamIds: readonly string[],
  periods: readonly OutcomePeriod[],
  ruleSet: OutcomeRuleSetRef,
  asOf: IsoDate,
): Promise<OrganisationQuarterFigures> {
  const teams = new Map(periods.map((p) => [p.label, new Map<string, OutcomeFigures>()]));
  const totals = new Map<string, OutcomeFigures>();
  if (teamIds.length === 0) {
    for (const p of periods) totals.set(p.label, figuresOf(mergeSummaries([], p, ruleSet)));
    return { teams, totals, stored: [], live: 0 };
  }
  const wanted = new Set(teamIds);
  const labels = periods.map((p) => p.label);
  const rows = (
    await db
      .selectFrom("outcome_team_quarter")
      .select([
        "team_id",
        "quarter",
        "figures",
        "computed_at",
        // The samples only for rows stored before migration 0021 (no figures yet).
        sql<unknown>`case when figures is null then summary end`.as("summary"),
      ])
      .where("organisation_id", "=", organisationId)
      .where("quarter", "in", labels)
      .where("rule_set_id", "=", ruleSet.id)
      .where("rule_set_version", "=", ruleSet.version)
      .execute()
  ).filter((r) => wanted.has(r.team_id));
  const storedAt = new Map<string, { teams: string[]; newest: number }>();
  for (const r of rows) {
    const figures = (r.figures ?? figuresOf(r.summary as OutcomeSummary)) as OutcomeFigures;
    teams.get(r.quarter)?.set(r.team_id, figures);
    const at = storedAt.get(r.quarter) ?? { teams: [], newest: 0 };
    at.teams.push(r.team_id);
    at.newest = Math.max(at.newest, new Date(r.computed_at).getTime());
    storedAt.set(r.quarter, at);
  }
  const liveSummaries = await computeMissing(db, teamIds, periods, teams, ruleSet, asOf);
  const orgTotals = new Map(
    (await readOrganisationTotals(db, [organisationId], labels, ruleSet)).map((o) => [o.quarter, o]),
  );
  const merged: OutcomePeriod[] = [];
  for (const p of periods) {
    const total = orgTotals.get(p.label);
    const at = storedAt.get(p.label) ?? { teams: [], newest: 0 };
    const fits =
      total &&
      !liveSummaries.has(p.label) &&
      sameIds(total.teamIds, at.teams) &&
      total.computedAt.getTime() >= at.newest;
    if (fits) totals.set(p.label, total.figures);
    else merged.push(p);
  }
  if (merged.length > 0) {
    const summaries = await db
      .selectFrom("outcome_team_quarter")
      .select(["team_id", "quarter", "summary"])
      .where("organisation_id", "=", organisationId)
      .where(
        "quarter",
        "in",
        merged.map((p) => p.label),
      )
      .where("rule_set_id", "=", ruleSet.id)
      .where("rule_set_version", "=", ruleSet.version)
      .execute();
    for (const p of merged) {
      const parts = [
        ...summaries
          .filter((s) => s.quarter === p.label && wanted.has(s.team_id))
          .map((s) => s.summary as OutcomeSummary),
        ...(liveSummaries.get(p.label) ?? []),
      ];
      totals.set(p.label, figuresOf(mergeSummaries(parts, p, ruleSet)));
    }
  }
  const live = [...liveSummaries.values()].reduce((n, s) => n + s.length, 0);
  return {
    teams,
    totals,
    stored: rows.map((r) => ({ computedAt: new Date(r.computed_at) })),
    live,
  };
}

/** The teams' quarters without a stored row, computed live (periods missing the same teams together). */
async function computeMissing(
  db: Executor,
  teamIds: readonly string[],
  periods: readonly OutcomePeriod[],
  teams: Map<string, Map<string, OutcomeFigures>>,
  ruleSet: OutcomeRuleSetRef,
  asOf: IsoDate,
): Promise<Map<string, OutcomeSummary[]>> {
  const groups = new Map<string, { teams: string[]; periods: OutcomePeriod[] }>();
  for (const period of periods) {
    const have = teams.get(period.label) as Map<string, OutcomeFigures>;
    const missing = teamIds.filter((id) => !have.has(id));
    if (missing.length === 0) continue;
    const group = groups.get(missing.join());
    if (group) group.periods.push(period);
    else groups.set(missing.join(), { teams: missing, periods: [period] });
  }
  const summaries = new Map<string, OutcomeSummary[]>();
  for (const { teams: missing, periods: those } of groups.values()) {
    const loaded = await loadOutcomeFactsByPeriod(db, missing, those, asOf);
    for (const period of those) {
      const facts = groupByTeam(loaded.get(period.label) ?? []);
      const made = missing.map((teamId) => {
        const summary = summarise(facts.get(teamId) ?? [], { period, ruleSet, asOf });
        teams.get(period.label)?.set(teamId, figuresOf(summary));
        return summary;
      });
      summaries.set(period.label, made);
    }
  }
  return summaries;
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
