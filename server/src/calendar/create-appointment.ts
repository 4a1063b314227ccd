import type { z } from "zod";
import type { createAppointment as schema } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type AppointmentView, loadOwnAppointment } from "./appointment-query.ts";
import { appointmentTarget, checkTimes } from "./appointment-rules.ts";

export type CreateAppointmentInput = z.infer<typeof schema>;

/** Books an appointment in the caller's own calendar, optionally with a client they work with. */
export function createAppointment(
  database: Database,
  actor: Actor,
  input: CreateAppointmentInput,
): Promise<AppointmentView> {
  return inTransaction(database, async (trx) => {
    const { organisationId, client } = await appointmentTarget(trx, actor, input.clientId);
    checkTimes(input.startsAt, input.endsAt);
    const row = await trx
      .insertInto("appointment")
      .values({
        organisation_id: organisationId,
        owner_user_id: actor.userId,
        client_id: client?.clientId ?? null,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        place: input.place,
        location: input.location || null,
        purpose: input.purpose,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "appointment.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "appointment",
      targetId: row.id,
      details: { clientId: input.clientId },
    });
    return loadOwnAppointment(trx, actor, row.id);
  });
}
