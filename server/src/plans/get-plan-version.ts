import type { PlanKind } from "../../../core/plans/codes.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { notFound } from "../platform/http/app-error.ts";
import { planVersionOf } from "./plan-query.ts";
import { type PlanVersionView, presentPlanVersion } from "./present-plan.ts";

/** One earlier (or the latest) version of a plan: versions are never overwritten. */
export function getPlanVersion(
  database: Database,
  actor: Actor,
  params: { clientId: string; version: number },
  kind: PlanKind,
): Promise<PlanVersionView> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await planVersionOf(trx, access, kind, params.version);
    if (!row) throw notFound();
    await recordAuditEvent(trx, {
      eventType: "document.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { kind, version: row.version },
    });
    return presentPlanVersion(kind, row);
  });
}
