import type { z } from "zod";
import type { setCandidateStage as schema } from "../../../core/contracts/employers.ts";
import { advanceLeadStatus } from "../../../core/job-development/leads.ts";
import type { Actor } from "../access/actor.ts";
import { requireClientAccess } from "../access/client-gate.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { startJob } from "../jobs/start-job.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { conflict, notFound } from "../platform/http/app-error.ts";
import { type JobLeadView, lockLead, requireLead } from "./lead-query.ts";

export type SetCandidateStageInput = z.infer<typeof schema>;
export type CandidateRef = { organisationId: string; leadId: string; clientId: string };

/**
 * Moves a candidate on: presented, interview, not selected, or hired. Every step is a dated
 * `job_lead_event` (the weekly picture counts the week it happened) and moves the lead forward.
 * A hire starts the job on the client's record through the jobs feature's own rules, in this
 * transaction, with the lead's employer, title, occupation code and hours, and closes the lead.
 */
export function setCandidateStage(
  database: Database,
  actor: Actor,
  ref: CandidateRef,
  input: SetCandidateStageInput,
  today: string,
): Promise<JobLeadView> {
  requireOrganisation(actor, "employer.manage", ref.organisationId);
  return inTransaction(database, async (trx) => {
    const lead = await lockLead(trx, ref.organisationId, ref.leadId);
    // The gated handle keys every candidate row below, not the id from the request.
    const access = await requireClientAccess(trx, actor, ref.clientId, "full");
    if (access.organisationId !== ref.organisationId) throw notFound();
    const candidate = await trx
      .selectFrom("job_lead_candidate")
      .select(["stage"])
      .where("job_lead_id", "=", lead.id)
      .where("client_id", "=", access.clientId)
      .executeTakeFirst();
    if (!candidate) throw notFound();
    if (lead.closed_at !== null || candidate.stage === "hired") throw conflict();
    const now = new Date();
    let jobId: string | null = null;
    if (input.stage === "hired") {
      const job = await startJob(
        trx,
        actor,
        access,
        {
          employerId: lead.employer_id,
          title: lead.title,
          occupationCode: lead.occupation_code,
          hoursPerWeek:
            input.job.hoursPerWeek ?? (lead.hours_per_week === null ? null : Number(lead.hours_per_week)),
          hourlyWage: input.job.hourlyWage ?? null,
          startDate: input.job.startDate,
          contractType: input.job.contractType,
          wageSubsidy: input.job.wageSubsidy,
          foundWithCoach: true,
        },
        today,
      );
      jobId = job.id;
    }
    await trx
      .updateTable("job_lead_candidate")
      .set({
        stage: input.stage,
        stage_changed_at: now,
        changed_by: actor.userId,
        ...(jobId ? { job_id: jobId } : {}),
      })
      .where("job_lead_id", "=", lead.id)
      .where("client_id", "=", access.clientId)
      .execute();
    await trx
      .insertInto("job_lead_event")
      .values({
        job_lead_id: lead.id,
        client_id: access.clientId,
        stage: input.stage,
        occurred_at: now,
        by_user_id: actor.userId,
      })
      .execute();
    const status = advanceLeadStatus(lead.status, input.stage);
    await trx
      .updateTable("job_lead")
      .set({ status, updated_at: now, ...(status === "hired" ? { closed_at: now } : {}) })
      .where("id", "=", lead.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "job_lead.candidate_stage_changed",
      actorUserId: actor.userId,
      organisationId: ref.organisationId,
      targetType: "client",
      targetId: access.clientId,
      details: { leadId: lead.id, stage: input.stage, leadStatus: status, jobId },
    });
    return requireLead(trx, actor, ref.organisationId, lead.id);
  });
}
