import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";
import { type AppointmentView, findOwnAppointment, loadOwnAppointment } from "./appointment-query.ts";
import { lockSeriesFrom, otherSeriesClients } from "./appointment-series.ts";

/**
 * Cancels one of the caller's scheduled appointments with a reason; it leaves the feed. With scope
 * "series", this meeting of a series and every later one still scheduled are cancelled; held
 * meetings stay as documented.
 */
export function cancelAppointment(
  database: Database,
  actor: Actor,
  appointmentId: string,
  reason: string,
  scope: "occurrence" | "series" = "occurrence",
): Promise<AppointmentView> {
  return inTransaction(database, async (trx) => {
    const row = await findOwnAppointment(trx, actor, appointmentId);
    if (row.status !== "scheduled") throw conflict();
    const series = scope === "series" ? await lockSeriesFrom(trx, actor, row) : null;
    const ids = series ? series.meetings.map((m) => m.id) : [row.id];
    await trx
      .updateTable("appointment")
      .set({ status: "cancelled", cancel_reason: reason, updated_at: new Date() })
      .where("id", "in", ids)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "appointment.cancelled",
      actorUserId: actor.userId,
      organisationId: row.organisation_id,
      targetType: "appointment",
      targetId: row.id,
      details: {
        clientId: row.client_id,
        ...(series ? { occurrences: ids.length, ...otherSeriesClients(series.meetings, row.client_id) } : {}),
      },
    });
    return loadOwnAppointment(trx, actor, row.id);
  });
}
