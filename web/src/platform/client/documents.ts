import type {
  attachment,
  attachmentList,
  removeAttachment,
  uploadAttachment,
} from "@core/contracts/attachments";
import type {
  confirmCooperationAgreement,
  cooperationAgreement,
  cooperationAgreementVersion,
  saveCooperationAgreement,
} from "@core/contracts/documents";
import { clientPath, get, post, seg } from "./endpoint.ts";

const agreementPath = (clientId: string) => `${clientPath(clientId)}/cooperation-agreement`;
const attachmentsPath = (clientId: string) => `${clientPath(clientId)}/attachments`;

/** A client's cooperation agreement: read it, save a new version, record the confirmation. */
export const cooperationAgreements = {
  get: get<typeof cooperationAgreement>()(agreementPath),
  save: post<typeof saveCooperationAgreement, typeof cooperationAgreementVersion>()(agreementPath),
  confirm: post<typeof confirmCooperationAgreement, typeof cooperationAgreementVersion>()(
    (clientId: string) => `${agreementPath(clientId)}/confirmation`,
  ),
};

/** Files kept with a client: the list (with the largest size taken), upload, removal. */
export const attachments = {
  list: get<typeof attachmentList>()(attachmentsPath),
  upload: post<typeof uploadAttachment, typeof attachment>()(attachmentsPath),
  remove: post<typeof removeAttachment, void>()(
    (clientId: string, attachmentId: string) => `${attachmentsPath(clientId)}/${seg(attachmentId)}/removal`,
  ),
  /** Where one attachment is downloaded (a plain link; the server sends it as a file). */
  contentPath: (clientId: string, attachmentId: string) =>
    `${attachmentsPath(clientId)}/${seg(attachmentId)}/content`,
};

/** Query keys of a client's documents, under the client's own key (clientKeys.of). */
export const documentKeys = {
  all: (clientId: string) => ["clients", clientId, "documents"] as const,
  agreement: (clientId: string) => [...documentKeys.all(clientId), "cooperation-agreement"] as const,
  attachments: (clientId: string) => ["clients", clientId, "attachments"] as const,
};
