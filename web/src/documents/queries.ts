import type {
  confirmCooperationAgreement,
  cooperationAgreement,
  cooperationAgreementContent,
  cooperationAgreementVersion,
  saveCooperationAgreement,
} from "@core/contracts/documents";
import type { PrintableDocument } from "@core/documents/codes";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { cooperationAgreements, documentKeys } from "../platform/client/documents.ts";

export type CooperationAgreement = z.infer<typeof cooperationAgreement>;
export type AgreementContent = z.input<typeof cooperationAgreementContent>;
export type AgreementVersion = z.infer<typeof cooperationAgreementVersion>;
export type ConfirmAgreement = z.infer<typeof confirmCooperationAgreement>;
type SaveAgreement = z.input<typeof saveCooperationAgreement>;

export { documentKeys };

/** Where a document's PDF is downloaded (a plain link: the browser saves the file). */
export const documentPdfPath = (clientId: string, document: PrintableDocument) =>
  `/api/clients/${encodeURIComponent(clientId)}/documents/${document}/pdf`;

/** The cooperation agreement with its parties, consents and versions. */
export function useCooperationAgreement(clientId: string) {
  return useQuery({
    queryKey: documentKeys.agreement(clientId),
    queryFn: () => cooperationAgreements.get(clientId),
  });
}

type Change = { save: SaveAgreement; confirm: ConfirmAgreement };

/** Saving is a new, unconfirmed version; confirming is another. Both refresh the agreement. */
export function useAgreementChange<C extends keyof Change>(clientId: string, change: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Change[C]) =>
      change === "save"
        ? cooperationAgreements.save(clientId, body as SaveAgreement)
        : cooperationAgreements.confirm(clientId, body as ConfirmAgreement),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.agreement(clientId) }),
  });
}
