import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { attachmentsOf } from "./attachment-query.ts";
import { type AttachmentView, presentAttachment } from "./present-attachment.ts";

/** The client's attachments still in place; IPS team only, the read is logged. */
export function listAttachments(
  database: Database,
  actor: Actor,
  clientId: string,
): Promise<AttachmentView[]> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const rows = await attachmentsOf(trx, access).execute();
    await recordAuditEvent(trx, {
      eventType: "attachment.listed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { attachmentIds: rows.map((r) => r.id) },
    });
    return rows.map(presentAttachment);
  });
}
