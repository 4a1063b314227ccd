import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";

/** The attachments of a gated client still in place, newest first, without their bytes. */
export function attachmentsOf(db: Executor, client: GatedClient) {
  return db
    .selectFrom("client_attachment as f")
    .leftJoin("user as u", "u.id", "f.uploaded_by")
    .select([
      "f.id",
      "f.kind",
      "f.file_name",
      "f.media_type",
      "f.size_bytes",
      "f.uploaded_at",
      "u.name as uploaded_by_name",
    ])
    .where("f.client_id", "=", client.clientId)
    .where("f.removed_at", "is", null)
    .orderBy("f.uploaded_at", "desc")
    .orderBy("f.id");
}

/** One attachment of a gated client still in place, or undefined (a removed one is not found). */
export function attachmentOf(db: Executor, client: GatedClient, attachmentId: string) {
  return attachmentsOf(db, client).where("f.id", "=", attachmentId).executeTakeFirst();
}

export type AttachmentRow = NonNullable<Awaited<ReturnType<typeof attachmentOf>>>;
