import type { z } from "zod";
import type { job, jobListItem, sharedJob } from "../../../core/contracts/work.ts";
import { defaultCompetitiveRules, isCompetitive } from "../../../core/jobs/competitive.ts";
import type { ClientAccessLevel } from "../access/client-gate.ts";
import type { JobRow } from "./job-query.ts";

export type JobView = z.infer<typeof job>;
type Item = z.infer<typeof jobListItem>;

const num = (v: string | null) => (v === null ? null : Number(v));

/** What a consented viewer sees: that the client works, where and how much; no pay, no notes. */
function presentSharedJob(row: JobRow): z.infer<typeof sharedJob> {
  return {
    view: "shared",
    id: row.id,
    employerName: row.employer_name,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    hoursPerWeek: num(row.hours_per_week),
  };
}

/** The IPS team's view of a job, with the competitive flag decided by the core rule set. */
export function presentJob(row: JobRow): JobView {
  const facts = {
    contractType: row.contract_type as JobView["contractType"],
    hourlyWage: num(row.hourly_wage),
    wageSubsidy: row.wage_subsidy,
    setAside: row.set_aside,
  };
  return {
    ...presentSharedJob(row),
    view: "full",
    episodeId: row.episode_id,
    employerId: row.employer_id,
    occupation: row.occupation,
    occupationCode: row.occupation_code,
    ...facts,
    foundWithCoach: row.found_with_coach,
    endReason: row.end_reason as JobView["endReason"],
    endLearnedOn: row.end_learned_on,
    workTrialId: row.work_trial_id,
    notes: row.notes,
    competitive: isCompetitive(facts, defaultCompetitiveRules),
    competitiveRules: { id: defaultCompetitiveRules.id, version: defaultCompetitiveRules.version },
  };
}

/** A job as the caller's access level allows. */
export function presentJobFor(row: JobRow, level: ClientAccessLevel): Item {
  return level === "full" ? presentJob(row) : presentSharedJob(row);
}
