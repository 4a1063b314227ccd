import type { z } from "zod";
import type { attachment } from "../../../core/contracts/attachments.ts";
import type { AttachmentRow } from "./attachment-query.ts";

export type AttachmentView = z.infer<typeof attachment>;

/** Whitelists an attachment's fields; never its bytes. */
export function presentAttachment(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    kind: row.kind as AttachmentView["kind"],
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    uploadedByName: row.uploaded_by_name,
  };
}
