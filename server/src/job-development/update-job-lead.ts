import type { z } from "zod";
import type { updateJobLead as schema } from "../../../core/contracts/employers.ts";
import { statusFromStages } from "../../../core/job-development/leads.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict } from "../platform/http/app-error.ts";
import { type JobLeadView, lockLead, requireLead } from "./lead-query.ts";

export type UpdateJobLeadInput = z.infer<typeof schema>;

/**
 * Corrects or completes a lead; `closed: true` closes it without a hire (the opening went to
 * someone else, or was never real) and `closed: false` reopens it where its candidates left it.
 * A lead closed by a hire stays closed: the job is on a client's record.
 */
export function updateJobLead(
  database: Database,
  actor: Actor,
  organisationId: string,
  leadId: string,
  input: UpdateJobLeadInput,
): Promise<JobLeadView> {
  requireOrganisation(actor, "employer.manage", organisationId);
  return inTransaction(database, async (trx) => {
    const lead = await lockLead(trx, organisationId, leadId);
    if (lead.status === "hired" && input.closed === false)
      throw conflict({ closed: { key: "invalid_option" } });
    const set: Record<string, unknown> = {};
    if (input.title !== undefined) set.title = input.title;
    if (input.occupationCode !== undefined) set.occupation_code = input.occupationCode;
    if (input.hoursPerWeek !== undefined) set.hours_per_week = input.hoursPerWeek;
    if (input.municipality !== undefined) set.municipality = input.municipality;
    if (input.advertised !== undefined) set.advertised = input.advertised;
    if (input.notes !== undefined) set.notes = input.notes;
    if (input.closed === true && lead.closed_at === null) {
      set.status = "closed";
      set.closed_at = new Date();
    }
    if (input.closed === false && lead.status === "closed") {
      const stages = await trx
        .selectFrom("job_lead_candidate")
        .select("stage")
        .where("job_lead_id", "=", lead.id)
        .execute();
      set.status = statusFromStages(stages.map((s) => s.stage));
      set.closed_at = null;
    }
    await trx
      .updateTable("job_lead")
      .set({ ...set, updated_at: new Date() })
      .where("id", "=", lead.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "job_lead.updated",
      actorUserId: actor.userId,
      organisationId,
      targetType: "job_lead",
      targetId: lead.id,
      details: { fields: Object.keys(input), status: set.status ?? lead.status },
    });
    return requireLead(trx, actor, organisationId, lead.id);
  });
}
