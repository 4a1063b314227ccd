import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { suppressTable } from "../../../core/outcomes/suppression.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { figuresView, trendOf } from "./outcome-figures.ts";
import { type OutcomeQuery, resolveOutcomeQuery } from "./outcome-query.ts";
import { recordOutcomesViewed } from "./record-outcomes-viewed.ts";
import { requireOutcomeScope } from "./require-outcome-scope.ts";

/**
 * An organisation's outcome dashboard: its figures quarter by quarter and, for the chosen
 * quarter, one part per active IPS team. Above team level small cells are withheld (fewer than
 * `threshold` people), together with the complementary cells that would reveal them from the
 * total, because organisation admins and evaluators do not work with these clients.
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
    const org = await trx
      .selectFrom("organisation")
      .select(["id", "name"])
      .where("id", "=", organisationId)
      .executeTakeFirstOrThrow();
    const teams = await trx
      .selectFrom("team")
      .select(["id", "name", "archived_at"])
      .where("organisation_id", "=", organisationId)
      .where("kind", "=", "ips_team")
      .orderBy("name")
      .orderBy("id")
      .execute();
    // The organisation's figures are all its IPS teams' episodes, archived teams' too (a team
    // closed since still served its clients then).
    const { trend, last } = await trendOf(
      trx,
      teams.map((t) => t.id),
      q.trend,
      q.ruleSet,
      today,
      { threshold },
    );
    const total = trend[trend.length - 1]?.figures ?? figuresView([], q.period, q.ruleSet, today, threshold);
    // The parts are the active teams, and an archived team that still has episodes in the
    // quarter: the parts then add up to the total, which complementary suppression relies on.
    const shown = teams.filter((t) => t.archived_at === null || last.some((f) => f.teamId === t.id));
    const views = shown.map((team) =>
      figuresView(
        last.filter((f) => f.teamId === team.id),
        q.period,
        q.ruleSet,
        today,
        threshold,
      ),
    );
    // The total shown is the one complementary suppression returns, in the trend as in the table.
    const table = suppressTable(views, total, threshold);
    const parts = table.parts.map((figures, i) => {
      const team = shown[i] as (typeof shown)[number];
      return { kind: "team" as const, id: team.id, name: team.name, figures };
    });
    const shownTrend = trend.map((entry, i) =>
      i === trend.length - 1 ? { ...entry, figures: table.total } : entry,
    );
    await recordOutcomesViewed(trx, actor, organisationId, "organisation", organisationId, q);
    return {
      level: "organisation",
      scope: { id: org.id, name: org.name },
      ruleSet: q.ruleSet,
      suppressionThreshold: threshold,
      asOf: (options.now ?? new Date()).toISOString(),
      trend: shownTrend,
      period: q.period,
      parts,
      distribution: null,
    };
  });
}
