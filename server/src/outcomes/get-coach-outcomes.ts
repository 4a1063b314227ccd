import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { trendOf } from "./outcome-figures.ts";
import { type OutcomeQuery, resolveOutcomeQuery } from "./outcome-query.ts";
import { recordOutcomesViewed } from "./record-outcomes-viewed.ts";
import { requireOutcomeScope } from "./require-outcome-scope.ts";

/**
 * One coach's caseload figures in one team, quarter by quarter: the episodes of the team
 * attributed to that coach in each period. The coach sees their own; their team lead sees
 * each coach of the team (core/access/aggregate.ts).
 */
export function getCoachOutcomes(
  database: Database,
  actor: Actor,
  params: { organisationId: string; teamId: string; userId: string },
  query: OutcomeQuery,
  today: string,
  now = new Date(),
): Promise<OutcomeDashboard> {
  return inTransaction(database, async (trx) => {
    await requireOutcomeScope(trx, actor, params.organisationId, {
      kind: "coach",
      userId: params.userId,
      teamId: params.teamId,
    });
    const q = resolveOutcomeQuery(query, today);
    const { trend } = await trendOf(trx, [params.teamId], q.trend, q.ruleSet, today, {
      threshold: null,
      keep: (f) => f.coachUserId === params.userId,
    });
    const coach = await trx
      .selectFrom("user")
      .select(["id", "name"])
      .where("id", "=", params.userId)
      .executeTakeFirstOrThrow();
    await recordOutcomesViewed(trx, actor, params.organisationId, "coach", params.userId, q);
    return {
      level: "coach",
      scope: { id: coach.id, name: coach.name },
      ruleSet: q.ruleSet,
      suppressionThreshold: null,
      asOf: now.toISOString(),
      trend,
      period: q.period,
      parts: [],
      distribution: null,
    };
  });
}
