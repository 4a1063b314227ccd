import type { z } from "zod";
import type { workTrial } from "../../../core/contracts/work.ts";
import type { WorkTrialRow } from "./work-trial-query.ts";

export type WorkTrialView = z.infer<typeof workTrial>;

/** Whitelists a work trial's fields. */
export function presentWorkTrial(row: WorkTrialRow): WorkTrialView {
  return {
    id: row.id,
    episodeId: row.episode_id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    tasks: row.tasks,
    startDate: row.start_date,
    endDate: row.end_date,
    hoursPerWeek: row.hours_per_week === null ? null : Number(row.hours_per_week),
    arrangedBy: row.arranged_by as WorkTrialView["arrangedBy"],
    notes: row.notes,
    jobId: row.job_id ?? null,
  };
}
