import type { OutcomeLevel } from "../../../core/contracts/outcomes.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Executor } from "../platform/db/transaction.ts";
import type { ResolvedOutcomeQuery } from "./outcome-query.ts";

/** Every dashboard read is logged with what was asked (no figures, no client ids: none are read out). */
export async function recordOutcomesViewed(
  trx: Executor,
  actor: Actor,
  organisationId: string,
  level: OutcomeLevel,
  scopeId: string,
  query: ResolvedOutcomeQuery,
): Promise<void> {
  await recordAuditEvent(trx, {
    eventType: "outcomes.viewed",
    actorUserId: actor.userId,
    organisationId,
    details: {
      level,
      scopeId,
      ruleSet: query.ruleSet.id,
      ruleSetVersion: query.ruleSet.version,
      quarter: query.quarter,
      quarters: query.trend.length,
    },
  });
}
