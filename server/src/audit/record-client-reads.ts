import type { Executor } from "../platform/db/transaction.ts";
import type { AuditEventType } from "./event-types.ts";
import { recordAuditEvent } from "./record-audit-event.ts";

/**
 * Logs a read that listed several clients: one entry per controller organisation, naming that
 * organisation and its clients, so each organisation's use log shows who saw its clients even
 * when the reader belongs to another organisation.
 */
export async function recordClientReads(
  trx: Executor,
  actorUserId: string,
  eventType: AuditEventType,
  clients: ReadonlyArray<{ id: string; organisationId: string }>,
  details: Record<string, unknown>,
): Promise<void> {
  const byOrganisation = new Map<string, string[]>();
  for (const c of clients)
    byOrganisation.set(c.organisationId, [...(byOrganisation.get(c.organisationId) ?? []), c.id]);
  if (byOrganisation.size === 0) {
    await recordAuditEvent(trx, { eventType, actorUserId, details: { ...details, clientIds: [] } });
    return;
  }
  for (const [organisationId, clientIds] of byOrganisation) {
    await recordAuditEvent(trx, {
      eventType,
      actorUserId,
      organisationId,
      details: { ...details, clientIds },
    });
  }
}
