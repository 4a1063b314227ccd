import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { figuresOf, withoutMedians } from "../../../core/outcomes/figures.ts";
import { mergeSummaries } from "../../../core/outcomes/summarise.ts";
import { presentFigures, suppressTable } from "../../../core/outcomes/suppression.ts";
import type { OutcomeFigures } from "../../../core/outcomes/types.ts";
import type { Actor } from "../access/actor.ts";
import { organisationQuarterFigures } from "../outcome-summaries/organisation-quarter-figures.ts";
import { oldestComputedAt } from "../outcome-summaries/read-stored-summaries.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type OutcomeQuery, resolveOutcomeQuery } from "./outcome-query.ts";
import { recordOutcomesViewed } from "./record-outcomes-viewed.ts";
import { requireOutcomeScope } from "./require-outcome-scope.ts";

/**
 * An organisation's outcome dashboard: its figures quarter by quarter and, for the chosen
 * quarter, one part per active IPS team. Above team level small cells are withheld (fewer than
 * `threshold` people), together with the complementary cells that would reveal them from the
 * total, because organisation admins and evaluators do not work with these clients. The teams'
 * figures and the organisation's total come from stored rows, live only where one is missing
 * (organisation-quarter-figures.ts), so the page reads a few rows per team, not episodes.
 */
export function getOrganisationOutcomes(
  database: Database,
  actor: Actor,
  organisationId: string,
  query: OutcomeQuery,
  options: { today: string; threshold: number; now?: Date },
): Promise<OutcomeDashboard> {
  const { today, threshold } = options;
  return inTransaction(database, async (trx) => {
    await requireOutcomeScope(trx, actor, organisationId, { kind: "organisation", organisationId });
    const q = resolveOutcomeQuery(query, today);
    // The organisation and its IPS teams in one statement (an organisation without teams: one row, team null).
    const rows = await trx
      .selectFrom("organisation as o")
      .leftJoin("team as t", (join) =>
        join.onRef("t.organisation_id", "=", "o.id").on("t.kind", "=", "ips_team"),
      )
      .select(["o.id as organisation_id", "o.name as organisation_name", "t.id", "t.name", "t.archived_at"])
      .where("o.id", "=", organisationId)
      .orderBy("t.name")
      .orderBy("t.id")
      .execute();
    const first = rows[0];
    if (!first) throw new Error(`organisation ${organisationId} passed the gate but is gone`);
    const org = { id: first.organisation_id, name: first.organisation_name };
    const teams = rows.flatMap((r) =>
      r.id !== null && r.name !== null ? [{ id: r.id, name: r.name, archived_at: r.archived_at }] : [],
    );
    // The organisation's figures are all its IPS teams' episodes, archived teams' too (a team
    // closed since still served its clients then). Teams are disjoint (an episode belongs to one
    // team per quarter), so their summaries add up to the organisation's.
    const summaries = await organisationQuarterFigures(
      trx,
      organisationId,
      teams.map((t) => t.id),
      q.trend,
      q.ruleSet,
      today,
    );
    // Each quarter is the table of its teams, complementary suppression applied, whether it is
    // the chosen quarter or an earlier point of the trend: a total withheld to protect two small
    // teams must not show as an earlier point of a longer trend (the same rule on every page).
    // Only the chosen quarter shows its teams: an earlier quarter's parts need counts, not medians.
    const tableOf = (period: (typeof q.trend)[number], partsShown: boolean) => {
      const ofTeam = summaries.teams.get(period.label) ?? new Map<string, OutcomeFigures>();
      const total = presentFigures(summaries.totals.get(period.label) as OutcomeFigures, threshold);
      // The parts are the active teams, and an archived team that still has episodes in the
      // quarter: the parts then add up to the total, which complementary suppression relies on.
      const shown = teams.filter(
        (t) => t.archived_at === null || (ofTeam.get(t.id)?.caseloadDuringPeriod ?? 0) > 0,
      );
      const views = shown.map((team) => {
        const figures = ofTeam.get(team.id) ?? figuresOf(mergeSummaries([], period, q.ruleSet));
        return presentFigures(partsShown ? figures : withoutMedians(figures), threshold);
      });
      return { shown, table: suppressTable(views, total, threshold) };
    };
    const tables = q.trend.map((period, i) => ({ period, ...tableOf(period, i === q.trend.length - 1) }));
    const { shown, table } = tables[tables.length - 1] as (typeof tables)[number];
    const parts = table.parts.map((figures, i) => {
      const team = shown[i] as (typeof shown)[number];
      return { kind: "team" as const, id: team.id, name: team.name, figures };
    });
    const shownTrend = tables.map(({ period, table: t }) => ({ period, figures: t.total }));
    await recordOutcomesViewed(trx, actor, organisationId, "organisation", organisationId, q);
    return {
      level: "organisation",
      scope: { id: org.id, name: org.name },
      ruleSet: q.ruleSet,
      suppressionThreshold: threshold,
      // The oldest stored computation the figures rest on; now when all were computed live.
      asOf:
        summaries.stored.length > 0
          ? oldestComputedAt(summaries.stored)
          : (options.now ?? new Date()).toISOString(),
      trend: shownTrend,
      period: q.period,
      parts,
      distribution: null,
    };
  });
}
