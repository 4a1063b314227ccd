import type { z } from "zod";
import type { appointment } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { initialsOf } from "../clients/present-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

export type AppointmentView = z.infer<typeof appointment>;

/** Appointments with the client's name parts, the owner's name and the activity they became. */
export function appointmentsQuery(db: Executor) {
  return db
    .selectFrom("appointment as ap")
    .leftJoin("client as c", "c.id", "ap.client_id")
    .leftJoin("user as o", "o.id", "ap.owner_user_id")
    .leftJoin("activity as act", "act.appointment_id", "ap.id")
    .selectAll("ap")
    .select(["c.first_name", "c.last_name", "o.name as owner_name", "act.id as activity_id"]);
}

export type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentsQuery>["execute"]>>[number];

/** Of the given clients, those whose record the actor works in full (and may see named). */
export async function fullyVisible(db: Executor, actor: Actor, clientIds: (string | null)[]) {
  const ids = [...new Set(clientIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Set<string>();
  const rows = await visibleClients(db, actor, undefined, "full")
    .select("client.id")
    .where("client.id", "in", ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Whitelists an appointment. "own" and "full" views show it all, the client's name only when the
 * caller works the client's record in full; the "shared" view (a consented clinician on the
 * client's page) shows time, place, status and coach, not the free-text purpose or location.
 */
export function presentAppointment(
  row: AppointmentRow,
  actor: Actor,
  view: "own" | "full" | "shared",
  named: ReadonlySet<string>,
): AppointmentView {
  const detailed = view !== "shared";
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
      row.client_id && row.first_name !== null && row.last_name !== null
        ? {
            id: row.client_id,
            initials: initialsOf(row.first_name, row.last_name),
            name: detailed && named.has(row.client_id) ? `${row.first_name} ${row.last_name}` : null,
          }
        : null,
    activityId: detailed ? row.activity_id : null,
    canEdit: row.owner_user_id === actor.userId && row.status === "scheduled",
  };
}

/** Loads and presents one of the actor's own appointments. */
export async function loadOwnAppointment(db: Executor, actor: Actor, appointmentId: string) {
  const row = await appointmentsQuery(db)
    .where("ap.id", "=", appointmentId)
    .where("ap.owner_user_id", "=", actor.userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return presentAppointment(row, actor, "own", await fullyVisible(db, actor, [row.client_id]));
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
