import type { AggregateScope } from "../../../core/access/aggregate.ts";
import type { Actor } from "../access/actor.ts";
import { type AggregateRequest, requireAggregateAccess } from "../access/aggregate-gate.ts";
import { deny } from "../access/deny.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * The aggregate gate for a route under /api/organisations/:organisationId: the scope must be
 * visible and allowed (requireAggregateAccess), and also belong to the organisation the path
 * names, so a team cannot be asked for under another organisation's address.
 */
export async function requireOutcomeScope(
  db: Executor,
  actor: Actor,
  organisationId: string,
  request: AggregateRequest,
): Promise<AggregateScope> {
  const scope = await requireAggregateAccess(db, actor, request);
  if (scope.organisationId !== organisationId)
    throw deny("not_found", { action: `aggregate.${request.kind}` });
  return scope;
}
