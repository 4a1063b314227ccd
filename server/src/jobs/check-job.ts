import type { FieldProblem } from "../../../core/errors/codes.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";

export type JobDates = {
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  endLearnedOn: string | null;
};

/**
 * Rules on a job's facts as they will be stored: the end is not before the start, an ended job
 * has a coded reason (fidelity V12, O6) and the day the coach learned of it is not in the future.
 */
export function checkJobDates(job: JobDates, today: string): void {
  const fields: Record<string, FieldProblem> = {};
  if (job.endDate !== null && job.endDate < job.startDate) fields.endDate = { key: "end_before_start" };
  if (job.endDate !== null && job.endReason === null) fields.endReason = { key: "required" };
  if (job.endDate === null && job.endReason !== null) fields.endDate = { key: "required" };
  if (job.endLearnedOn !== null && job.endLearnedOn > today) fields.endLearnedOn = { key: "in_future" };
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

/** A linked work trial must be one of this client's: "the trial turned into this paid job". */
export async function checkWorkTrialOfClient(db: Executor, client: GatedClient, workTrialId: string | null) {
  if (workTrialId === null) return;
  const trial = await db
    .selectFrom("work_trial as w")
    .innerJoin("episode as e", "e.id", "w.episode_id")
    .select("w.id")
    .where("w.id", "=", workTrialId)
    .where("e.client_id", "=", client.clientId)
    .executeTakeFirst();
  if (!trial) throw invalid({ workTrialId: { key: "invalid_option" } });
}
