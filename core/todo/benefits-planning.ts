import { addDays } from "../time/dates.ts";
import type { JobFacts } from "./follow-along.ts";

/**
 * Fidelity V1 (benefits planning): personalised benefits planning **before** a job starts, so the
 * worker knows what earnings do to each benefit (finland.md §3: the job-start checklist). The
 * scale's wording is "~" in ../shared/domain/fidelity.md and it names no number of days, so the
 * two numbers are ours, each with its mark, in this one table.
 */
export const benefitsPlanningRule = {
  /** A plan made at most this many days before the start was made for it; an older one was not. */
  planForStartDays: { value: 90, confidence: "ours" },
  /**
   * After a start without a plan, the item stays this long: the planning is late but still helps
   * (earnings to report, a pension to suspend); after that it is the fidelity review's finding.
   */
  lateDays: { value: 30, confidence: "ours" },
} as const;

/** A job whose start calls for benefits planning: due the day before the start. */
export type BenefitsPlanningDue = { jobId: string; title: string; due: string };

const r = (k: keyof typeof benefitsPlanningRule) => benefitsPlanningRule[k].value;

/**
 * The job starts on `today` that still lack a benefits plan made for them: a start that is coming
 * or began at most `lateDays` ago, of a job not already over, when the latest benefits planning
 * (its "done on" day) is missing or older than `planForStartDays` before the start. A plan made
 * after the start, late, still counts for it.
 */
export function benefitsPlanningDue(
  jobs: readonly JobFacts[],
  planOn: string | null,
  today: string,
): BenefitsPlanningDue[] {
  return jobs
    .filter((j) => j.startDate >= addDays(today, -r("lateDays")))
    .filter((j) => j.endDate === null || j.endDate >= today)
    .filter((j) => planOn === null || planOn < addDays(j.startDate, -r("planForStartDays")))
    .map((j) => ({ jobId: j.id, title: j.title, due: addDays(j.startDate, -1) }));
}
