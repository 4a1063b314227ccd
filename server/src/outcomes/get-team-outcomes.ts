import { mayViewAggregate } from "../../../core/access/aggregate.ts";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { EpisodeOutcomeFacts } from "../../../core/outcomes/types.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { figuresView, trendOf } from "./outcome-figures.ts";
import { type OutcomeQuery, resolveOutcomeQuery } from "./outcome-query.ts";
import { recordOutcomesViewed } from "./record-outcomes-viewed.ts";
import { requireOutcomeScope } from "./require-outcome-scope.ts";
import { teamCoaches } from "./team-coaches.ts";

/** The id of the part holding a team's episodes that have no coach (unassigned caseload). */
export const UNASSIGNED = "unassigned";

/**
 * A team's outcome dashboard: the team's figures quarter by quarter, and for the chosen quarter
 * one part per coach the caller may see (plus the episodes without a coach, if any), so the team
 * can see where its caseloads stand. Team level is not suppressed: the people who see it work with these clients.
 */
export function getTeamOutcomes(
  database: Database,
  actor: Actor,
  params: { organisationId: string; teamId: string },
  query: OutcomeQuery,
  options: { today: string; locale: Locale; now?: Date },
): Promise<OutcomeDashboard> {
  const { today, locale } = options;
  return inTransaction(database, async (trx) => {
    const scope = await requireOutcomeScope(trx, actor, params.organisationId, {
      kind: "team",
      teamId: params.teamId,
    });
    const q = resolveOutcomeQuery(query, today);
    const { trend, last } = await trendOf(trx, [params.teamId], q.trend, q.ruleSet, today, {
      threshold: null,
    });
    const team = await trx
      .selectFrom("team")
      .select(["id", "name"])
      .where("id", "=", params.teamId)
      .executeTakeFirstOrThrow();
    const coaches = await teamCoaches(
      trx,
      params.teamId,
      last.map((f) => f.coachUserId).filter((id): id is string => id !== null),
    );
    const part = (facts: EpisodeOutcomeFacts[]) => figuresView(facts, q.period, q.ruleSet, today, null);
    // A coach's own figures are theirs and their lead's (core/access/aggregate.ts): a coach sees
    // the team's total and their own part, a team lead, admin or evaluator every coach's.
    const mayView = (userId: string) =>
      mayViewAggregate(actor, {
        kind: "coach",
        userId,
        teamId: params.teamId,
        organisationId: scope.organisationId,
      });
    const parts: OutcomeDashboard["parts"] = coaches
      .filter((c) => mayView(c.id))
      .map((c) => ({
        kind: "coach",
        id: c.id,
        name: c.name,
        figures: part(last.filter((f) => f.coachUserId === c.id)),
      }));
    const unassigned = last.filter((f) => f.coachUserId === null);
    if (unassigned.length > 0)
      parts.push({
        kind: "coach",
        id: UNASSIGNED,
        name: translate(locale, "clients.noCoach"),
        figures: part(unassigned),
      });
    await recordOutcomesViewed(trx, actor, params.organisationId, "team", params.teamId, q);
    return {
      level: "team",
      scope: { id: team.id, name: team.name },
      ruleSet: q.ruleSet,
      suppressionThreshold: null,
      asOf: (options.now ?? new Date()).toISOString(),
      trend,
      period: q.period,
      parts,
      distribution: null,
    };
  });
}
