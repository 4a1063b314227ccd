import type { z } from "zod";
import type { editAppointment as schema } from "../../../core/contracts/calendar.ts";
import { helsinkiWallClock } from "../../../core/time/local-time.ts";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, invalid } from "../platform/http/app-error.ts";
import { type AppointmentView, findOwnAppointment, loadOwnAppointment } from "./appointment-query.ts";
import { appointmentTarget, checkTimes } from "./appointment-rules.ts";
import { atClockTime, lockSeriesFrom, otherSeriesClients } from "./appointment-series.ts";

export type EditAppointmentInput = z.infer<typeof schema>;

/**
 * Moves or edits one of the caller's scheduled appointments; held and cancelled ones stay. With
 * scope "series" the change applies to this meeting of a series and every later one still
 * scheduled: a new time of day and length moves each on its own day (a series keeps its days).
 */
export function editAppointment(
  database: Database,
  actor: Actor,
  appointmentId: string,
  { scope, ...input }: EditAppointmentInput,
): Promise<AppointmentView> {
  return inTransaction(database, async (trx) => {
    const row = await findOwnAppointment(trx, actor, appointmentId);
    if (row.status !== "scheduled") throw conflict();
    // A new client passes the gate and is written from its handle; an unchanged one is not
    // written at all, so the update never sets a client id that did not pass the gate here.
    const target = input.clientId === undefined ? null : await appointmentTarget(trx, actor, input.clientId);
    const clientId = target ? (target.client?.clientId ?? null) : row.client_id;
    const organisationId = target ? target.organisationId : row.organisation_id;
    const startsAt = new Date(input.startsAt ?? row.starts_at);
    const endsAt = new Date(input.endsAt ?? row.ends_at);
    checkTimes(startsAt, endsAt);
    const changed = Object.keys(input);
    if (changed.length === 0) return loadOwnAppointment(trx, actor, row.id);
    const series = scope === "series" && row.series_id ? await lockSeriesFrom(trx, actor, row) : null;
    if (series && helsinkiWallClock(startsAt).date !== helsinkiWallClock(new Date(row.starts_at)).date) {
      throw invalid({ startsAt: { key: "series_day_change" } });
    }
    const common = {
      ...(target ? { organisation_id: target.organisationId, client_id: clientId, job_lead_id: null } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.location !== undefined ? { location: input.location || null } : {}),
      ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
      updated_at: new Date(),
    };
    const timed = input.startsAt !== undefined || input.endsAt !== undefined;
    const length = endsAt.getTime() - startsAt.getTime();
    for (const meeting of series?.meetings ?? [row]) {
      const times =
        meeting.id === row.id
          ? { starts_at: startsAt, ends_at: endsAt }
          : timed
            ? atClockTime(new Date(meeting.starts_at), startsAt, length)
            : {};
      await trx
        .updateTable("appointment")
        .set({ ...common, ...times })
        .where("id", "=", meeting.id)
        .execute();
    }
    if (series?.isFirst && timed) {
      await trx
        .updateTable("appointment_series")
        .set({ starts_at: startsAt, ends_at: endsAt, updated_at: new Date() })
        .where("id", "=", series.id)
        .execute();
    }
    await recordAuditEvent(trx, {
      eventType: "appointment.updated",
      actorUserId: actor.userId,
      organisationId,
      targetType: "appointment",
      targetId: row.id,
      details: {
        changed,
        clientId,
        ...(series
          ? { occurrences: series.meetings.length, ...otherSeriesClients(series.meetings, clientId) }
          : {}),
      },
    });
    return loadOwnAppointment(trx, actor, row.id);
  });
}
