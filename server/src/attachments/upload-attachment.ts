import { createHash } from "node:crypto";
import { type AttachmentKind, checkAttachment } from "../../../core/attachments/file-type.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import { attachmentOf } from "./attachment-query.ts";
import { type AttachmentView, presentAttachment } from "./present-attachment.ts";

/**
 * Keeps a file with a client: a plain name with an allowed extension, not empty, within the size
 * limit, and content whose first bytes show that type (core/attachments/file-type.ts). Checked
 * before anything is written, so a refused file leaves nothing behind.
 */
export function uploadAttachment(
  database: Database,
  actor: Actor,
  clientId: string,
  file: { kind: AttachmentKind; fileName: string; bytes: Buffer },
  maxBytes: number,
): Promise<AttachmentView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const checked = checkAttachment(file, maxBytes);
    if ("problem" in checked)
      throw invalid({
        [checked.field]: { key: checked.problem, params: { max: Math.floor(maxBytes / (1024 * 1024)) } },
      });
    const { id } = await trx
      .insertInto("client_attachment")
      .values({
        client_id: access.clientId,
        organisation_id: access.organisationId,
        kind: file.kind,
        file_name: file.fileName,
        media_type: checked.mediaType,
        size_bytes: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: file.bytes,
        uploaded_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "attachment.uploaded",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: {
        attachmentId: id,
        kind: file.kind,
        mediaType: checked.mediaType,
        sizeBytes: file.bytes.length,
      },
    });
    const row = await attachmentOf(trx, access, id);
    if (!row) throw new Error("the uploaded attachment is missing");
    return presentAttachment(row);
  });
}
