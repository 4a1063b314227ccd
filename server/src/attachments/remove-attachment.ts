import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { notFound } from "../platform/http/app-error.ts";
import { attachmentOf } from "./attachment-query.ts";

/**
 * Takes an attachment off the client's list: who and when are recorded and the bytes stay (the
 * record of what was kept is not rewritten). A removed attachment is not found afterwards.
 */
export function removeAttachment(
  database: Database,
  actor: Actor,
  params: { clientId: string; attachmentId: string },
): Promise<void> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await attachmentOf(trx, access, params.attachmentId);
    if (!row) throw notFound();
    // Two removals at once both read the row as in place; the second update waits for the first
    // and then matches nothing: that one is not found and writes no audit entry of its own.
    const removed = await trx
      .updateTable("client_attachment")
      .set({ removed_at: new Date(), removed_by: actor.userId })
      .where("id", "=", row.id)
      .where("client_id", "=", access.clientId)
      .where("removed_at", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!removed) throw notFound();
    await recordAuditEvent(trx, {
      eventType: "attachment.removed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { attachmentId: row.id },
    });
  });
}
