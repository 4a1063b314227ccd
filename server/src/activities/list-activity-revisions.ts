import type { z } from "zod";
import type { activityContent, activityRevision } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { notFound } from "../platform/http/app-error.ts";
import type { ActivityRef } from "./edit-activity.ts";

export type ActivityRevisionView = z.infer<typeof activityRevision>;

/** The earlier versions of one activity, newest first; for the IPS team only, and logged. */
export function listActivityRevisions(
  database: Database,
  actor: Actor,
  ref: ActivityRef,
): Promise<ActivityRevisionView[]> {
  return withClient(database, actor, ref.clientId, "full", async (trx, access) => {
    const activity = await trx
      .selectFrom("activity")
      .select("id")
      .where("id", "=", ref.activityId)
      .where("client_id", "=", ref.clientId)
      .executeTakeFirst();
    if (!activity) throw notFound();
    const rows = await trx
      .selectFrom("activity_revision as r")
      .leftJoin("user as u", "u.id", "r.edited_by")
      .select(["r.version", "r.content", "r.edited_at", "u.name"])
      .where("r.activity_id", "=", activity.id)
      .orderBy("r.version", "desc")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "activity.listed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: ref.clientId,
      details: { activityId: activity.id, revisions: rows.map((r) => r.version) },
    });
    return rows.map((r) => ({
      version: r.version,
      content: (typeof r.content === "string" ? JSON.parse(r.content) : r.content) as z.infer<
        typeof activityContent
      >,
      replacedByName: r.name,
      replacedAt: new Date(r.edited_at).toISOString(),
    }));
  });
}
