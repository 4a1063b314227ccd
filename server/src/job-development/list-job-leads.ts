import type { z } from "zod";
import type { jobLeadQuery } from "../../../core/contracts/employers.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { type JobLeadView, loadLeads } from "./lead-query.ts";

export type JobLeadQuery = z.infer<typeof jobLeadQuery>;

/** The organisation's job leads, newest first; candidates named as the client gate allows. */
export function listJobLeads(
  database: Database,
  actor: Actor,
  organisationId: string,
  query: JobLeadQuery,
): Promise<JobLeadView[]> {
  requireOrganisation(actor, "employer.read", organisationId);
  return inTransaction(database, async (trx) => {
    const leads = await loadLeads(trx, actor, { organisationId, ...query });
    await recordAuditEvent(trx, {
      eventType: "job_lead.viewed",
      actorUserId: actor.userId,
      organisationId,
      details: {
        leadIds: leads.map((l) => l.id),
        clientIdsNamed: [...new Set(leads.flatMap((l) => l.candidates.map((c) => c.clientId)))],
      },
    });
    return leads;
  });
}
