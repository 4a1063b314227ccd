import type { z } from "zod";
import type { editAppointment as schema } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";
import { type AppointmentView, findOwnAppointment, loadOwnAppointment } from "./appointment-query.ts";
import { appointmentTarget, checkTimes } from "./appointment-rules.ts";

export type EditAppointmentInput = z.infer<typeof schema>;

/** Moves or edits one of the caller's scheduled appointments; held and cancelled ones stay. */
export function editAppointment(
  database: Database,
  actor: Actor,
  appointmentId: string,
  input: EditAppointmentInput,
): Promise<AppointmentView> {
  return inTransaction(database, async (trx) => {
    const row = await findOwnAppointment(trx, actor, appointmentId);
    if (row.status !== "scheduled") throw conflict();
    // A new client passes the gate and is written from its handle; an unchanged one is not
    // written at all, so the update never sets a client id that did not pass the gate here.
    const target = input.clientId === undefined ? null : await appointmentTarget(trx, actor, input.clientId);
    const clientId = target ? (target.client?.clientId ?? null) : row.client_id;
    const organisationId = target ? target.organisationId : row.organisation_id;
    checkTimes(input.startsAt ?? row.starts_at, input.endsAt ?? row.ends_at);
    const changed = Object.keys(input);
    if (changed.length > 0) {
      await trx
        .updateTable("appointment")
        .set({
          ...(target
            ? { organisation_id: target.organisationId, client_id: target.client?.clientId ?? null }
            : {}),
          ...(input.startsAt !== undefined ? { starts_at: input.startsAt } : {}),
          ...(input.endsAt !== undefined ? { ends_at: input.endsAt } : {}),
          ...(input.place !== undefined ? { place: input.place } : {}),
          ...(input.location !== undefined ? { location: input.location || null } : {}),
          ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
          updated_at: new Date(),
        })
        .where("id", "=", row.id)
        .execute();
      await recordAuditEvent(trx, {
        eventType: "appointment.updated",
        actorUserId: actor.userId,
        organisationId,
        targetType: "appointment",
        targetId: row.id,
        details: { changed, clientId },
      });
    }
    return loadOwnAppointment(trx, actor, row.id);
  });
}
