import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";
import { type AppointmentView, findOwnAppointment, loadOwnAppointment } from "./appointment-query.ts";

/** Cancels one of the caller's scheduled appointments with a reason; it leaves the feed. */
export function cancelAppointment(
  database: Database,
  actor: Actor,
  appointmentId: string,
  reason: string,
): Promise<AppointmentView> {
  return inTransaction(database, async (trx) => {
    const row = await findOwnAppointment(trx, actor, appointmentId);
    if (row.status !== "scheduled") throw conflict();
    await trx
      .updateTable("appointment")
      .set({ status: "cancelled", cancel_reason: reason, updated_at: new Date() })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "appointment.cancelled",
      actorUserId: actor.userId,
      organisationId: row.organisation_id,
      targetType: "appointment",
      targetId: row.id,
      details: { clientId: row.client_id },
    });
    return loadOwnAppointment(trx, actor, row.id);
  });
}
