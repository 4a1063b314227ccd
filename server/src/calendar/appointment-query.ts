import type { z } from "zod";
import type { appointment } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { initialsOf } from "../clients/present-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { presentSeries } from "./appointment-series.ts";

export type AppointmentView = z.infer<typeof appointment>;

/**
 * Appointments with the owner's name, the activity they became and, only for a client the actor
 * may see now, the client's name parts and access level. The client is joined through the gate:
 * after the actor loses access (reassigned, closed to another team, consent withdrawn) the row
 * keeps its time slot but carries nothing of the client, and no field of theirs is loaded.
 */
export function appointmentsQuery(db: Executor, actor: Actor) {
  return db
    .selectFrom("appointment as ap")
    .leftJoin(
      visibleClients(db, actor).select(["client.id", "client.first_name", "client.last_name"]).as("c"),
      "c.id",
      "ap.client_id",
    )
    .leftJoin("user as o", "o.id", "ap.owner_user_id")
    .leftJoin("activity as act", "act.appointment_id", "ap.id")
    .leftJoin("appointment_series as s", "s.id", "ap.series_id")
    .selectAll("ap")
    .select([
      "c.id as visible_client_id",
      "c.first_name",
      "c.last_name",
      "c.access_level",
      "o.name as owner_name",
      "act.id as activity_id",
      "s.rule as series_rule",
    ]);
}

export type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentsQuery>["execute"]>>[number];

/** The ids of the clients the rows show (those the actor may see), for the read's audit entry. */
export function shownClientIds(rows: readonly AppointmentRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.visible_client_id ? [r.visible_client_id] : [])))];
}

/**
 * Whitelists an appointment. "own" and "full" views show it all, the client's name only when the
 * caller works the client's record in full; the "shared" view (a consented clinician on the
 * client's page) shows time, place, status and coach, not the free-text purpose or location.
 * An appointment with a client the caller may no longer see keeps only its time, place kind and
 * status: its free text was written about that client.
 */
export function presentAppointment(
  row: AppointmentRow,
  actor: Actor,
  view: "own" | "full" | "shared",
): AppointmentView {
  const hidden = row.client_id !== null && row.visible_client_id === null;
  const detailed = view !== "shared" && !hidden;
  return {
    id: row.id,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    place: row.place as AppointmentView["place"],
    status: row.status as AppointmentView["status"],
    ownerName: row.owner_name,
    location: detailed ? row.location : null,
    purpose: detailed ? row.purpose : null,
    cancelReason: detailed ? row.cancel_reason : null,
    client:
      row.visible_client_id && row.first_name !== null && row.last_name !== null
        ? {
            id: row.visible_client_id,
            initials: initialsOf(row.first_name, row.last_name),
            name: detailed && row.access_level === "full" ? `${row.first_name} ${row.last_name}` : null,
          }
        : null,
    activityId: detailed ? row.activity_id : null,
    series: presentSeries(row),
    jobLeadId: row.owner_user_id === actor.userId ? row.job_lead_id : null,
    canEdit: row.owner_user_id === actor.userId && row.status === "scheduled",
  };
}

/** Loads and presents one of the actor's own appointments. */
export async function loadOwnAppointment(db: Executor, actor: Actor, appointmentId: string) {
  const row = await appointmentsQuery(db, actor)
    .where("ap.id", "=", appointmentId)
    .where("ap.owner_user_id", "=", actor.userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return presentAppointment(row, actor, "own");
}

/**
 * One of the actor's own appointments, locked for the change; anyone else's is "not found",
 * the same answer as for an id that does not exist.
 */
export async function findOwnAppointment(db: Executor, actor: Actor, appointmentId: string) {
  const row = await db
    .selectFrom("appointment")
    .selectAll()
    .where("id", "=", appointmentId)
    .where("owner_user_id", "=", actor.userId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
