import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";
import { gateJobSeekers } from "./gate-job-seekers.ts";
import { type JobLeadView, lockLead, requireLead } from "./lead-query.ts";

/**
 * Matches a job seeker with a lead (stage "matched"). Only the client's own IPS team can: a
 * candidate list is client data. A closed lead takes no new candidates.
 */
export function addCandidate(
  database: Database,
  actor: Actor,
  organisationId: string,
  leadId: string,
  clientId: string,
): Promise<JobLeadView> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const lead = await lockLead(trx, organisationId, leadId);
    // The gated handle keys every candidate row below, not the id from the request.
    const [seeker] = await gateJobSeekers(trx, actor, organisationId, [clientId], "clientId", true);
    if (!seeker) throw new Error("gateJobSeekers returned no job seeker");
    const { client } = seeker;
    if (lead.closed_at !== null) throw conflict();
    const existing = await trx
      .selectFrom("job_lead_candidate")
      .select("client_id")
      .where("job_lead_id", "=", lead.id)
      .where("client_id", "=", client.clientId)
      .executeTakeFirst();
    if (existing) throw conflict({ clientId: { key: "already_exists" } });
    await trx
      .insertInto("job_lead_candidate")
      .values({
        job_lead_id: lead.id,
        client_id: client.clientId,
        stage: "matched",
        changed_by: actor.userId,
      })
      .execute();
    await trx
      .insertInto("job_lead_event")
      .values({
        job_lead_id: lead.id,
        client_id: client.clientId,
        stage: "matched",
        by_user_id: actor.userId,
      })
      .execute();
    await recordAuditEvent(trx, {
      eventType: "job_lead.candidate_added",
      actorUserId: actor.userId,
      organisationId,
      targetType: "client",
      targetId: client.clientId,
      details: { leadId: lead.id, employerId: lead.employer_id },
    });
    return requireLead(trx, actor, organisationId, lead.id);
  });
}
