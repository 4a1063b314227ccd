import type { attachment, attachmentList, uploadAttachment } from "@core/contracts/attachments";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { attachments, documentKeys } from "../platform/client/documents.ts";

export type Attachment = z.infer<typeof attachment>;
export type AttachmentList = z.infer<typeof attachmentList>;
export type UploadAttachment = z.infer<typeof uploadAttachment>;

/** The query keys of a client's attachments (platform/client/documents.ts). */
export const attachmentKeys = { list: documentKeys.attachments };

export const attachmentContentPath = attachments.contentPath;

/** The client's attachments and the largest file the server takes. */
export function useAttachments(clientId: string) {
  return useQuery({
    queryKey: attachmentKeys.list(clientId),
    queryFn: () => attachments.list(clientId),
  });
}

/** Uploads one file (its bytes in base64) and refreshes the list. */
export function useUploadAttachment(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UploadAttachment) => attachments.upload(clientId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentKeys.list(clientId) }),
  });
}

/** Removes one attachment from the list (softly, on the server) and refreshes the list. */
export function useRemoveAttachment(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => attachments.remove(clientId, attachmentId, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentKeys.list(clientId) }),
  });
}

/** A file's bytes as base64, read in the browser (FileReader gives a data: URL). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
