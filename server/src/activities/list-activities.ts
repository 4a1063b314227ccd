import type { z } from "zod";
import type { activityList, activityPage } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { activitiesQuery, clientTeamIds, presentActivity } from "./activity-query.ts";

export type ActivityPage = z.infer<typeof activityPage>;

/**
 * The client's activities, newest first, a page at a time. A consented viewer sees only notes
 * marked shared with the treatment team, never retracted ones; the read is logged.
 */
export function listActivities(
  database: Database,
  actor: Actor,
  clientId: string,
  page: z.infer<typeof activityList>,
): Promise<ActivityPage> {
  return withClient(database, actor, clientId, "shared", async (trx, access) => {
    let scoped = trx.selectFrom("activity as a").where("a.client_id", "=", clientId);
    let query = activitiesQuery(trx).where("a.client_id", "=", clientId);
    if (access.level === "shared") {
      scoped = scoped.where("a.shared_with_treatment_team", "=", true).where("a.retracted_at", "is", null);
      query = query.where("a.shared_with_treatment_team", "=", true).where("a.retracted_at", "is", null);
    }
    const { n } = await scoped.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const rows = await query
      .orderBy("a.occurred_at", "desc")
      .orderBy("a.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const teamIds = access.level === "full" ? await clientTeamIds(trx, access) : [];
    await recordAuditEvent(trx, {
      eventType: "activity.listed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { access: access.level, activityIds: rows.map((r) => r.id) },
    });
    const total = Number(n);
    return {
      items: rows.map((row) => presentActivity(row, access.level, actor, teamIds)),
      total,
      nextOffset: page.offset + rows.length < total ? page.offset + rows.length : null,
    };
  });
}
