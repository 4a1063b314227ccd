import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { conflict, notFound } from "../platform/http/app-error.ts";
import { type ActivityView, clientTeamIds, loadActivity, mayChangeActivity } from "./activity-query.ts";
import { denyActivityChange } from "./activity-rules.ts";
import type { ActivityRef } from "./edit-activity.ts";

/**
 * Retracts an activity recorded in error. Nothing is deleted: it stays listed for the IPS team,
 * flagged with who retracted it and why, and no longer counts (fidelity, outreach attempts).
 */
export async function retractActivity(
  database: Database,
  actor: Actor,
  ref: ActivityRef,
  reason: string,
): Promise<ActivityView> {
  const result = await withClient(database, actor, ref.clientId, "full", async (trx, access) => {
    const row = await trx
      .selectFrom("activity")
      .select(["id", "author_user_id", "retracted_at"])
      .where("id", "=", ref.activityId)
      .where("client_id", "=", ref.clientId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound();
    if (!mayChangeActivity(actor, row.author_user_id, await clientTeamIds(trx, access))) {
      return { denied: true, organisationId: access.organisationId } as const;
    }
    if (row.retracted_at) throw conflict();
    await trx
      .updateTable("activity")
      .set({ retracted_at: new Date(), retracted_by: actor.userId, retraction_reason: reason })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "activity.retracted",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: ref.clientId,
      details: { activityId: row.id },
    });
    return {
      denied: false,
      view: (await loadActivity(trx, actor, access, row.id, access.level)) as ActivityView,
    } as const;
  });
  if (result.denied) {
    throw denyActivityChange(result.organisationId, "activity.retract", ref);
  }
  return result.view;
}
