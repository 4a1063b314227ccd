import type { z } from "zod";
import { heldDuration, mayMarkHeld } from "../../../core/calendar/held.ts";
import type { recordHeldAppointment as schema } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { requireClientAccess } from "../access/client-gate.ts";
import { type ActivityView, loadActivity } from "../activities/activity-query.ts";
import { checkActivityContent, currentEpisodeId } from "../activities/activity-rules.ts";
import { insertActivity } from "../activities/insert-activity.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError, conflict } from "../platform/http/app-error.ts";
import { findOwnAppointment } from "./appointment-query.ts";

export type RecordHeldAppointmentInput = z.infer<typeof schema>;

/**
 * Documents a held appointment in one step: the activity takes its time, length and place from
 * the appointment unless given, links to it, and the appointment is marked held. Once only, and
 * not before the appointment's start time (core/calendar/held.ts says why).
 */
export function recordHeldAppointment(
  database: Database,
  actor: Actor,
  appointmentId: string,
  input: RecordHeldAppointmentInput,
): Promise<ActivityView> {
  return inTransaction(database, async (trx) => {
    if (actor.twoFactorRequired) throw new AppError("two_factor_required");
    const appointment = await findOwnAppointment(trx, actor, appointmentId);
    if (appointment.status !== "scheduled") throw conflict();
    if (!mayMarkHeld(appointment.starts_at, new Date())) throw new AppError("appointment_not_started");
    const clientId = appointment.client_id;
    const access = clientId ? await requireClientAccess(trx, actor, clientId, "full") : null;
    const organisationId = access?.organisationId ?? appointment.organisation_id;
    const starts = new Date(appointment.starts_at);
    const content = {
      ...input,
      occurredAt: input.occurredAt ?? starts.toISOString(),
      durationMinutes: input.durationMinutes ?? heldDuration(starts, appointment.ends_at),
      place: input.place ?? (appointment.place as NonNullable<RecordHeldAppointmentInput["place"]>),
    };
    await checkActivityContent(trx, content, organisationId, access);
    const activityId = await insertActivity(
      trx,
      actor,
      {
        organisationId,
        client: access,
        episodeId: access ? await currentEpisodeId(trx, access) : null,
        appointmentId: appointment.id,
      },
      content,
    );
    await trx
      .updateTable("appointment")
      .set({ status: "held", updated_at: new Date() })
      .where("id", "=", appointment.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "appointment.held",
      actorUserId: actor.userId,
      organisationId,
      targetType: "appointment",
      targetId: appointment.id,
      details: { activityId, clientId },
    });
    return (await loadActivity(trx, actor, access, activityId, "full")) as ActivityView;
  });
}
