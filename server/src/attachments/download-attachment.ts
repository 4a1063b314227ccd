import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { notFound } from "../platform/http/app-error.ts";
import { attachmentOf } from "./attachment-query.ts";

/**
 * One attachment's bytes with the type its content was checked to be, for a download. The name
 * sent to the browser is the kind and the opaque id with the type's extension: the person's own
 * file name may hold personal data and stays in the list.
 */
export function downloadAttachment(
  database: Database,
  actor: Actor,
  params: { clientId: string; attachmentId: string },
): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await attachmentOf(trx, access, params.attachmentId);
    if (!row) throw notFound();
    const { content } = await trx
      .selectFrom("client_attachment")
      .select("content")
      .where("id", "=", row.id)
      .where("client_id", "=", access.clientId)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "attachment.downloaded",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { attachmentId: row.id },
    });
    const extension = row.file_name.slice(row.file_name.lastIndexOf(".") + 1).toLowerCase();
    return {
      // PGlite returns a Uint8Array, pg a Buffer.
      body: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      contentType: row.media_type,
      fileName: `${row.kind.replaceAll("_", "-")}-${row.id}.${extension}`,
    };
  });
}
