import { z } from "zod";
import { attachmentKinds } from "../attachments/file-type.ts";
import { isoDateTime, uuid } from "./common.ts";

/**
 * An upload: the file's name and its bytes in base64 (a bounded JSON body; ADR 0014). The type is
 * decided by the content, so no declared type is taken.
 */
export const uploadAttachment = z.strictObject({
  kind: z.enum(attachmentKinds),
  fileName: z.string().min(1).max(200),
  content: z.base64(),
});

export const attachment = z.object({
  id: uuid,
  kind: z.enum(attachmentKinds),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: isoDateTime,
  uploadedByName: z.string().nullable(),
});

export const attachmentParams = z.strictObject({ clientId: uuid, attachmentId: uuid });

/** The client's attachments, and the largest file the server takes (for the form's hint and check). */
export const attachmentList = z.object({ items: z.array(attachment), maxBytes: z.number().int() });

/** Removing takes no fields: who and when are the caller and now. */
export const removeAttachment = z.strictObject({});
