import type { z } from "zod";
import type { agreementConfirmation } from "../../../core/contracts/documents.ts";
import { confirmationProblem } from "../../../core/documents/agreement-rules.ts";
import type { ConfirmationMethod } from "../../../core/documents/codes.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { insertDocumentVersion, lockClientDocuments } from "../plans/insert-document-version.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid } from "../platform/http/app-error.ts";
import {
  type CooperationAgreementVersionView,
  loadCooperationAgreement,
} from "./load-cooperation-agreement.ts";

/**
 * Records that the client confirmed the latest version, signed on paper or in the meeting: a new
 * version with the same content and the confirmation (how, on which day, recorded by whom and
 * when, and the consents in force), so the unconfirmed draft stays in the history.
 */
export function confirmCooperationAgreement(
  database: Database,
  actor: Actor,
  clientId: string,
  input: { method: ConfirmationMethod; confirmedOn: string },
  now: Date,
): Promise<CooperationAgreementVersionView> {
  const today = helsinkiDate(now);
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    // Two confirmations at once: the second waits here and then finds the version confirmed.
    await lockClientDocuments(trx, access);
    const agreement = await loadCooperationAgreement(trx, access, today);
    const latest = agreement.latest;
    const problem = confirmationProblem(
      latest && {
        savedOn: helsinkiDate(new Date(latest.savedAt)),
        confirmed: latest.content.confirmation !== null,
      },
      input.confirmedOn,
      today,
    );
    if (problem || !latest)
      throw invalid({ [problem?.field ?? "_"]: { key: problem?.key ?? "nothing_to_confirm" } });
    const consentIds = agreement.consents.map((c) => c.id);
    const confirmation: z.infer<typeof agreementConfirmation> = {
      ...input,
      recordedBy: actor.userId,
      recordedByName: actor.name,
      recordedAt: now.toISOString(),
      consentIds,
    };
    const saved = await insertDocumentVersion(trx, actor, access, "cooperation_agreement", {
      ...latest.content,
      confirmation,
    });
    await recordAuditEvent(trx, {
      eventType: "document.confirmed",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: clientId,
      details: { kind: "cooperation_agreement", version: saved.version, method: input.method, consentIds },
    });
    const view = await loadCooperationAgreement(trx, access, today, saved.version);
    if (!view.latest) throw new Error("the confirmed agreement version is missing");
    return view.latest;
  });
}
