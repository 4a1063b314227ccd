import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadClientRecord } from "../clients/load-client-record.ts";
import type { Database } from "../platform/db/database.ts";
import { invalid, notFound } from "../platform/http/app-error.ts";
import { stillSharedWith } from "./still-shared-with.ts";

/**
 * Records that the client withdrew a consent (they may tell any party). From the withdrawal date
 * the gate stops the sharing based on it. The answer names whoever still sees the client under
 * another consent in force, so the message shown is true.
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
    const record = await loadClientRecord(trx, actor, access, today);
    return { ...record, stillSharedWith: await stillSharedWith(trx, access, consent.id, today) };
  });
}
