import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadClientRecord } from "../clients/load-client-record.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid, notFound } from "../platform/http/app-error.ts";

/**
 * Records that the client withdrew a consent (they may tell any party). From the withdrawal date
 * the gate stops the sharing: the recipients no longer find the client.
 */
export function withdrawConsent(
  database: Database,
  actor: Actor,
  params: { clientId: string; consentId: string },
  input: { withdrawnOn: string; note?: string | null | undefined },
  today: string,
) {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const consent = await trx
      .selectFrom("consent")
      .select(["id", "given_on", "withdrawn_on"])
      .where("id", "=", params.consentId)
      .where("client_id", "=", params.clientId)
      .executeTakeFirst();
    if (!consent) throw notFound();
    if (consent.withdrawn_on !== null) throw invalid({ withdrawnOn: { key: "already_exists" } });
    if (input.withdrawnOn > today) throw invalid({ withdrawnOn: { key: "in_future" } });
    if (input.withdrawnOn < consent.given_on) throw invalid({ withdrawnOn: { key: "end_before_start" } });
    await trx
      .updateTable("consent")
      .set({
        withdrawn_on: input.withdrawnOn,
        withdrawal_recorded_by: actor.userId,
        withdrawal_note: input.note ?? null,
      })
      .where("id", "=", consent.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "consent.withdrawn",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      details: { consentId: consent.id },
    });
    return loadClientRecord(trx, actor, params.clientId, access.level, today);
  });
}
