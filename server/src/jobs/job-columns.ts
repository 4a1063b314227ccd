import type { Insertable } from "kysely";
import type { JobTable } from "../platform/db/tables/clients.ts";

/** A job's facts as the use cases hold them, after defaults and merging. */
export type JobFacts = {
  title: string;
  occupation: string | null;
  occupationCode: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  endLearnedOn: string | null;
  hoursPerWeek: number | null;
  hourlyWage: number | null;
  contractType: string;
  wageSubsidy: boolean;
  setAside: boolean;
  foundWithCoach: boolean;
  workTrialId: string | null;
  notes: string | null;
};

type Columns = Omit<Insertable<JobTable>, "id" | "episode_id" | "employer_id" | "created_by" | "created_at">;

/** Maps the facts to their columns, so record and update write the same fields the same way. */
export function jobColumns(f: JobFacts): Columns {
  return {
    title: f.title,
    occupation: f.occupation,
    occupation_code: f.occupationCode,
    start_date: f.startDate,
    end_date: f.endDate,
    end_reason: f.endReason,
    end_learned_on: f.endLearnedOn,
    hours_per_week: f.hoursPerWeek,
    hourly_wage: f.hourlyWage,
    contract_type: f.contractType,
    wage_subsidy: f.wageSubsidy,
    set_aside: f.setAside,
    found_with_coach: f.foundWithCoach,
    work_trial_id: f.workTrialId,
    notes: f.notes,
  };
}
