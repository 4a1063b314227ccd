import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { type CooperationAgreementView, loadCooperationAgreement } from "./load-cooperation-agreement.ts";

/** The client's cooperation agreement as a document; IPS team only, the read is logged. */
export function getCooperationAgreement(
  database: Database,
  actor: Actor,
  clientId: string,
  today: string,
): Promise<CooperationAgreementView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    const { language: _, ...agreement } = await loadCooperationAgreement(trx, access, today);
    await recordAuditEvent(trx, {
      eventType: "document.viewed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { kind: "cooperation_agreement", version: agreement.latest?.version ?? null },
    });
    return agreement;
  });
}
