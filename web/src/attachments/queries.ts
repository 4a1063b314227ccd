import type { attachment, attachmentList, uploadAttachment } from "@core/contracts/attachments";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../platform/api.ts";

export type Attachment = z.infer<typeof attachment>;
export type AttachmentList = z.infer<typeof attachmentList>;
export type UploadAttachment = z.infer<typeof uploadAttachment>;

/** The query keys of a client's attachments (one factory per resource). */
export const attachmentKeys = {
  list: (clientId: string) => ["clients", clientId, "attachments"] as const,
};

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/attachments`;

/** Where one attachment is downloaded (a plain link; the server sends it as a file). */
export const attachmentContentPath = (clientId: string, attachmentId: string) =>
  `${base(clientId)}/${encodeURIComponent(attachmentId)}/content`;

/** The client's attachments and the largest file the server takes. */
export function useAttachments(clientId: string) {
  return useQuery({
    queryKey: attachmentKeys.list(clientId),
    queryFn: () => api<AttachmentList>("GET", base(clientId)),
  });
}

/** Uploads one file (its bytes in base64) and refreshes the list. */
export function useUploadAttachment(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UploadAttachment) => api<Attachment>("POST", base(clientId), body),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentKeys.list(clientId) }),
  });
}

/** Removes one attachment from the list (softly, on the server) and refreshes the list. */
export function useRemoveAttachment(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api<void>("POST", `${base(clientId)}/${encodeURIComponent(attachmentId)}/removal`, {}),
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
