import type { clientRecord, consentWithdrawal, grantConsent, withdrawConsent } from "@core/contracts/clients";
import { clientPath, post, seg } from "./endpoint.ts";

/**
 * A client's consents: granting answers the client's record (its consents and who may see it),
 * withdrawing also says who still sees the client under another consent in force. Both change
 * the record, cached under `clientKeys.record(id)` (clients.ts).
 */
export const consents = {
  grant: post<typeof grantConsent, typeof clientRecord>()(
    (clientId: string) => `${clientPath(clientId)}/consents`,
  ),
  withdraw: post<typeof withdrawConsent, typeof consentWithdrawal>()(
    (clientId: string, consentId: string) => `${clientPath(clientId)}/consents/${seg(consentId)}/withdrawal`,
  ),
};
