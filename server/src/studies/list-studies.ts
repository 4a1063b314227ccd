import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { presentStudy, type StudyView } from "./present-study.ts";
import { studiesOf } from "./study-query.ts";

/** The client's studies, newest first; the read is logged as a view of the client's record. */
export function listStudies(database: Database, actor: Actor, clientId: string): Promise<StudyView[]> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const rows = await studiesOf(trx, access).execute();
    await recordAuditEvent(trx, {
      eventType: "client.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { access: access.level, section: "studies" },
    });
    return rows.map(presentStudy);
  });
}
