import type { z } from "zod";
import { type appointmentWindow, maxWindowDays } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { AppError, invalid } from "../platform/http/app-error.ts";
import {
  type AppointmentView,
  appointmentsQuery,
  presentAppointment,
  shownClientIds,
} from "./appointment-query.ts";

/**
 * The caller's appointments overlapping a window of at most 62 days, in time order: the coach's
 * week. Clients show only while the caller may see them (through the gate), named only while they
 * work the record in full; the read is logged with the clients shown.
 */
export function listMyAppointments(
  database: Database,
  actor: Actor,
  window: z.infer<typeof appointmentWindow>,
): Promise<AppointmentView[]> {
  const from = new Date(window.from);
  const to = new Date(window.to);
  if (to <= from) throw invalid({ to: { key: "end_before_start" } });
  if (to.getTime() - from.getTime() > maxWindowDays * 86_400_000) {
    throw invalid({ to: { key: "too_big", params: { max: maxWindowDays } } });
  }
  return inTransaction(database, async (trx) => {
    if (actor.twoFactorRequired) throw new AppError("two_factor_required");
    const rows = await appointmentsQuery(trx, actor)
      .where("ap.owner_user_id", "=", actor.userId)
      .where("ap.starts_at", "<", to)
      .where("ap.ends_at", ">", from)
      .orderBy("ap.starts_at")
      .orderBy("ap.id")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "appointment.listed",
      actorUserId: actor.userId,
      targetType: "user",
      targetId: actor.userId,
      details: {
        from: from.toISOString(),
        to: to.toISOString(),
        clientIds: shownClientIds(rows),
      },
    });
    return rows.map((row) => presentAppointment(row, actor, "own"));
  });
}
