import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { loadClientRecord } from "./load-client-record.ts";
import type { ClientRecordView } from "./present-client.ts";

/** One client record, as much of it as the caller's access allows; the read is logged. */
export async function getClient(
  database: Database,
  actor: Actor,
  clientId: string,
  today: string,
): Promise<ClientRecordView> {
  return withClient(database, actor, clientId, "shared", async (trx, access) => {
    const record = await loadClientRecord(trx, actor, access, today);
    await recordAuditEvent(trx, {
      eventType: "client.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { access: access.level },
    });
    return record;
  });
}
