import type { z } from "zod";
import type { createAppointment as schema } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type AppointmentView, loadOwnAppointment } from "./appointment-query.ts";
import { appointmentTarget, checkTimes, interviewLead } from "./appointment-rules.ts";
import { insertSeries } from "./appointment-series.ts";

export type CreateAppointmentInput = z.infer<typeof schema>;

/**
 * Books an appointment in the caller's own calendar, optionally with a client they work with, as
 * one meeting or a repeating series (every meeting a row of its own), and optionally as the
 * interview of a job lead the client is a candidate of. Returns the (first) meeting.
 */
export function createAppointment(
  database: Database,
  actor: Actor,
  input: CreateAppointmentInput,
): Promise<AppointmentView> {
  return inTransaction(database, async (trx) => {
    const { organisationId, client } = await appointmentTarget(trx, actor, input.clientId);
    checkTimes(input.startsAt, input.endsAt);
    const jobLeadId = input.jobLeadId ? await interviewLead(trx, input.jobLeadId, client) : null;
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    const series = input.repeat
      ? await insertSeries(trx, {
          organisationId,
          ownerUserId: actor.userId,
          startsAt,
          endsAt,
          repeat: input.repeat,
        })
      : null;
    const meetings = series?.meetings ?? [{ startsAt, endsAt, occurrenceDate: null }];
    const rows = await trx
      .insertInto("appointment")
      .values(
        meetings.map((meeting) => ({
          organisation_id: organisationId,
          owner_user_id: actor.userId,
          client_id: client?.clientId ?? null,
          starts_at: meeting.startsAt,
          ends_at: meeting.endsAt,
          place: input.place,
          location: input.location || null,
          purpose: input.purpose,
          series_id: series?.seriesId ?? null,
          occurrence_date: meeting.occurrenceDate,
          job_lead_id: jobLeadId,
          created_by: actor.userId,
        })),
      )
      .returning(["id", "starts_at"])
      .execute();
    const first = rows.reduce((a, b) => (new Date(a.starts_at) <= new Date(b.starts_at) ? a : b));
    await recordAuditEvent(trx, {
      eventType: "appointment.created",
      actorUserId: actor.userId,
      organisationId,
      targetType: "appointment",
      targetId: first.id,
      details: {
        clientId: input.clientId,
        ...(series ? { occurrences: rows.length } : {}),
        ...(jobLeadId ? { leadId: jobLeadId } : {}),
      },
    });
    return loadOwnAppointment(trx, actor, first.id);
  });
}
