import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type JobLeadView, requireLead } from "./lead-query.ts";

/** One job lead of the organisation with the candidates the caller may see named. */
export function getJobLead(
  database: Database,
  actor: Actor,
  organisationId: string,
  leadId: string,
): Promise<JobLeadView> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const lead = await requireLead(trx, actor, organisationId, leadId);
    await recordAuditEvent(trx, {
      eventType: "job_lead.viewed",
      actorUserId: actor.userId,
      organisationId,
      targetType: "job_lead",
      targetId: lead.id,
      details: { clientIdsNamed: lead.candidates.map((c) => c.clientId) },
    });
    return lead;
  });
}
