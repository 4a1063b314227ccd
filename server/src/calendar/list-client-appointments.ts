import type { z } from "zod";
import type { clientAppointmentQuery } from "../../../core/contracts/calendar.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { type AppointmentView, appointmentsQuery, presentAppointment } from "./appointment-query.ts";

const DEFAULT_PAST_DAYS = 30;

/**
 * The client's appointments with their coaches, in time order, for the client's page. A consented
 * clinician sees when and where, not the free-text purpose; the read is logged.
 */
export function listClientAppointments(
  database: Database,
  actor: Actor,
  clientId: string,
  query: z.infer<typeof clientAppointmentQuery>,
  now = new Date(),
): Promise<AppointmentView[]> {
  const from = query.from ? new Date(query.from) : new Date(now.getTime() - DEFAULT_PAST_DAYS * 86_400_000);
  return withClient(database, actor, clientId, "shared", async (trx, access) => {
    const rows = await appointmentsQuery(trx, actor)
      .where("ap.client_id", "=", clientId)
      .where("ap.ends_at", ">", from)
      .orderBy("ap.starts_at")
      .orderBy("ap.id")
      .limit(query.limit)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "appointment.listed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { access: access.level, count: rows.length },
    });
    return rows.map((row) => presentAppointment(row, actor, access.level));
  });
}
