import type { z } from "zod";
import type { updateJob as schema } from "../../../core/contracts/work.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { resolveEmployer } from "../employers/resolve-employer.ts";
import type { Database } from "../platform/db/database.ts";
import { checkJobDates, checkWorkTrialOfClient } from "./check-job.ts";
import { type JobFacts, jobColumns } from "./job-columns.ts";
import { requireJob } from "./job-query.ts";
import { type JobView, presentJob } from "./present-job.ts";

export type UpdateJobInput = z.infer<typeof schema>;

/** Corrects or completes a job; fields left out keep their value, `null` clears one. */
export function updateJob(
  database: Database,
  actor: Actor,
  params: { clientId: string; jobId: string },
  input: UpdateJobInput,
  today: string,
): Promise<JobView> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const row = await requireJob(trx, access, params.jobId);
    const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
    const num = (v: string | null) => (v === null ? null : Number(v));
    const facts: JobFacts = {
      title: pick(input.title, row.title),
      occupation: pick(input.occupation, row.occupation),
      occupationCode: pick(input.occupationCode, row.occupation_code),
      startDate: pick(input.startDate, row.start_date),
      endDate: pick(input.endDate, row.end_date),
      endReason: pick(input.endReason, row.end_reason),
      endLearnedOn: pick(input.endLearnedOn, row.end_learned_on),
      hoursPerWeek: pick(input.hoursPerWeek, num(row.hours_per_week)),
      hourlyWage: pick(input.hourlyWage, num(row.hourly_wage)),
      contractType: pick(input.contractType, row.contract_type),
      wageSubsidy: pick(input.wageSubsidy, row.wage_subsidy),
      setAside: pick(input.setAside, row.set_aside),
      foundWithCoach: pick(input.foundWithCoach, row.found_with_coach),
      workTrialId: pick(input.workTrialId, row.work_trial_id),
      notes: pick(input.notes, row.notes),
    };
    checkJobDates(facts, today);
    if (input.workTrialId) await checkWorkTrialOfClient(trx, access, input.workTrialId);
    const employerId =
      input.employerId || input.employerName
        ? await resolveEmployer(trx, actor, access.organisationId, input)
        : row.employer_id;
    await trx
      .updateTable("job")
      .set({ ...jobColumns(facts), employer_id: employerId, updated_at: new Date() })
      .where("id", "=", row.id)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "job.updated",
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: params.clientId,
      // Field names only: the values may be pay or notes about the person.
      details: { jobId: row.id, fields: Object.keys(input).sort() },
    });
    return presentJob(await requireJob(trx, access, row.id));
  });
}
