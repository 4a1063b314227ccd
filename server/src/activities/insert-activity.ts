import type { Actor } from "../access/actor.ts";
import type { GatedClient } from "../access/gated-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Trx } from "../platform/db/transaction.ts";
import type { ActivityContent } from "./activity-query.ts";

export type ActivityTarget = {
  organisationId: string;
  /** The gated client, or null for an activity without a client (a held appointment with none). */
  client: GatedClient | null;
  episodeId: string | null;
  appointmentId: string | null;
};

/** Inserts a checked activity and its audit entry in the caller's transaction; returns its id. */
export async function insertActivity(
  trx: Trx,
  actor: Actor,
  target: ActivityTarget,
  content: ActivityContent,
): Promise<string> {
  const row = await trx
    .insertInto("activity")
    .values({
      organisation_id: target.organisationId,
      client_id: target.client?.clientId ?? null,
      episode_id: target.episodeId,
      appointment_id: target.appointmentId,
      author_user_id: actor.userId,
      occurred_at: content.occurredAt,
      duration_minutes: content.durationMinutes,
      type: content.type,
      mode: content.mode,
      place: content.place,
      participants: content.participants,
      purposes: content.purposes,
      employer_id: content.employerId,
      job_id: content.jobId,
      notes: content.notes || null,
      shared_with_treatment_team: content.sharedWithTreatmentTeam,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAuditEvent(trx, {
    eventType: "activity.recorded",
    actorUserId: actor.userId,
    organisationId: target.organisationId,
    targetType: target.client ? "client" : "activity",
    targetId: target.client?.clientId ?? row.id,
    details: { activityId: row.id, type: content.type, appointmentId: target.appointmentId },
  });
  return row.id;
}
