import type { PlanKind } from "../../../core/plans/codes.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { planVersionOf, planVersionsOf } from "./plan-query.ts";
import { type PlanView, presentPlanVersion, presentPlanVersionSummary } from "./present-plan.ts";

/** A plan's latest version and the list of all versions; IPS team only, the read is logged. */
export function getPlan(
  database: Database,
  actor: Actor,
  clientId: string,
  kind: PlanKind,
): Promise<PlanView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const versions = await planVersionsOf(trx, access, kind).execute();
    const newest = versions[0];
    const latest = newest ? await planVersionOf(trx, access, kind, newest.version) : undefined;
    await recordAuditEvent(trx, {
      eventType: "document.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { kind, version: newest?.version ?? null },
    });
    return {
      kind,
      latest: latest ? presentPlanVersion(kind, latest) : null,
      versions: versions.map(presentPlanVersionSummary),
    };
  });
}
