import type {
  confirmCooperationAgreement,
  cooperationAgreement,
  cooperationAgreementContent,
  cooperationAgreementVersion,
} from "@core/contracts/documents";
import type { PrintableDocument } from "@core/documents/codes";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../platform/api.ts";

export type CooperationAgreement = z.infer<typeof cooperationAgreement>;
export type AgreementContent = z.input<typeof cooperationAgreementContent>;
export type AgreementVersion = z.infer<typeof cooperationAgreementVersion>;
export type ConfirmAgreement = z.infer<typeof confirmCooperationAgreement>;

/** The query keys of a client's documents: one factory, so a record is cached under one key. */
export const documentKeys = {
  all: (clientId: string) => ["clients", clientId, "documents"] as const,
  agreement: (clientId: string) => [...documentKeys.all(clientId), "cooperation-agreement"] as const,
};

const agreementPath = (clientId: string) =>
  `/api/clients/${encodeURIComponent(clientId)}/cooperation-agreement`;

/** Where a document's PDF is downloaded (a plain link: the browser saves the file). */
export const documentPdfPath = (clientId: string, document: PrintableDocument) =>
  `/api/clients/${encodeURIComponent(clientId)}/documents/${document}/pdf`;

/** The cooperation agreement with its parties, consents and versions. */
export function useCooperationAgreement(clientId: string) {
  return useQuery({
    queryKey: documentKeys.agreement(clientId),
    queryFn: () => api<CooperationAgreement>("GET", agreementPath(clientId)),
  });
}

/** Saving is a new, unconfirmed version; confirming is another. Both refresh the agreement. */
export function useAgreementChange<T>(clientId: string, change: "save" | "confirm") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: T) =>
      api<AgreementVersion>(
        "POST",
        change === "save" ? agreementPath(clientId) : `${agreementPath(clientId)}/confirmation`,
        body,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.agreement(clientId) }),
  });
}
