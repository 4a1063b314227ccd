import type { z } from "zod";
import type { editActivity as schema } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { conflict, notFound } from "../platform/http/app-error.ts";
import {
  type ActivityContent,
  type ActivityView,
  activitiesQuery,
  clientTeamIds,
  contentOf,
  loadActivity,
  mayChangeActivity,
} from "./activity-query.ts";
import { checkActivityContent, denyActivityChange } from "./activity-rules.ts";

export type EditActivityInput = z.infer<typeof schema>;
export type ActivityRef = { clientId: string; activityId: string };

/**
 * Corrects an activity without losing what it said: the previous content is kept as revision n
 * and the activity becomes version n+1. Only its author or a team leader of the client's team
 * may edit; a retracted activity stays as it was.
 */
export async function editActivity(
  database: Database,
  actor: Actor,
  ref: ActivityRef,
  input: EditActivityInput,
): Promise<ActivityView> {
  const result = await withClient(database, actor, ref.clientId, "full", async (trx, access) => {
    const row = await activitiesQuery(trx)
      .where("a.id", "=", ref.activityId)
      .where("a.client_id", "=", ref.clientId)
      .forUpdate("a")
      .executeTakeFirst();
    if (!row) throw notFound();
    if (!mayChangeActivity(actor, row.author_user_id, await clientTeamIds(trx, access))) {
      return { denied: true, organisationId: access.organisationId } as const;
    }
    if (row.retracted_at) throw conflict();
    const before = contentOf(row);
    const after: ActivityContent = { ...before, ...input };
    const changed = (Object.keys(after) as (keyof ActivityContent)[]).filter(
      (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
    );
    if (changed.length > 0) {
      await checkActivityContent(trx, after, access.organisationId, access);
      await trx
        .insertInto("activity_revision")
        .values({
          activity_id: row.id,
          version: row.version,
          content: JSON.stringify(before),
          edited_by: actor.userId,
        })
        .execute();
      await trx
        .updateTable("activity")
        .set({
          occurred_at: after.occurredAt,
          duration_minutes: after.durationMinutes,
          type: after.type,
          mode: after.mode,
          place: after.place,
          participants: after.participants,
          purposes: after.purposes,
          employer_id: after.employerId,
          job_id: after.jobId,
          notes: after.notes || null,
          shared_with_treatment_team: after.sharedWithTreatmentTeam,
          version: row.version + 1,
          updated_at: new Date(),
        })
        .where("id", "=", row.id)
        .execute();
      await recordAuditEvent(trx, {
        eventType: "activity.edited",
        actorUserId: actor.userId,
        organisationId: access.organisationId,
        targetType: "client",
        targetId: ref.clientId,
        details: { activityId: row.id, version: row.version + 1, changed },
      });
    }
    return {
      denied: false,
      view: (await loadActivity(trx, actor, access, row.id, access.level)) as ActivityView,
    } as const;
  });
  if (result.denied) {
    throw denyActivityChange(result.organisationId, "activity.edit", ref);
  }
  return result.view;
}
