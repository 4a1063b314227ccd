import { RECENT_JOB_START_DAYS } from "../caseload/flags.ts";
import type { Phase } from "../episodes/phase.ts";
import {
  countWeek,
  type JobDevelopmentEvent,
  WEEKLY_FACE_TO_FACE_TARGET,
  weekStartOf,
} from "../job-development/weekly.ts";
import type { JobEndReason } from "../jobs/competitive.ts";
import { addDays, daysBetween } from "../time/dates.ts";

/**
 * The team lead's agenda for the weekly group supervision (fidelity O4, O5 b: weekly client-based
 * group supervision): per coach, the clients and figures worth talking about this week. What each
 * line counts, exactly, is in docs/domain/supervision.md.
 */

/**
 * Days of job search without a face-to-face employer contact before a client is brought up. IPS
 * expects the first face-to-face employer contact within 30 days of entry (V4) and frequent
 * face-to-face employer contacts after it (V6); the same 30 days as the caseload reminder.
 */
export const SEARCH_WITHOUT_CONTACT_DAYS = 30;
/** A job start is new for its first month (V12: weekly follow-along in month 1), as on the caseload. */
export const NEW_JOB_DAYS = RECENT_JOB_START_DAYS;
/** Job losses of the last two weeks (V12: a contact within 3 days after a job loss becomes known). */
export const JOB_LOSS_DAYS = 14;
/** A referral waiting for a decision longer than a week (O6: zero exclusion, referrals answered). */
export const REFERRAL_WAIT_DAYS = 7;

/** Phases in which the client is looking for work: agreed, not working, studying or on hold. */
const searchingPhases: readonly Phase[] = ["career_profile", "job_search"];

export type SupervisionJob = {
  startDate: string;
  endDate: string | null;
  endReason: JobEndReason | null;
  /** When the coach heard the job had ended (may be after the end). */
  endLearnedOn: string | null;
};

export type SupervisionFacts = {
  phase: Phase;
  referralDate: string;
  agreementDate: string | null;
  /** The latest face-to-face employer contact on the client's behalf in this episode (V4 rule). */
  lastFaceToFaceEmployerContactOn: string | null;
  jobs: readonly SupervisionJob[];
};

export type SupervisionItem =
  | { kind: "no_employer_contact"; since: string; days: number }
  | { kind: "new_job"; startedOn: string; day: number }
  | { kind: "job_loss"; endedOn: string; reason: JobEndReason | null }
  | { kind: "referral_waiting"; referredOn: string; days: number };

const latest = (dates: ReadonlyArray<string | null>) =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d > a) ? d : a), null);

/** The agenda lines one client of the team gives on `today`, in the order they are shown. */
export function supervisionItemsFor(f: SupervisionFacts, today: string): SupervisionItem[] {
  const items: SupervisionItem[] = [];
  if (searchingPhases.includes(f.phase) && f.agreementDate !== null) {
    // Job search counts from the agreement, or from the end of the last job when that is later.
    const lastJobEnd = latest(
      f.jobs.map((j) => (j.endDate !== null && j.endDate < today ? j.endDate : null)),
    );
    const since = latest([f.agreementDate, lastJobEnd, f.lastFaceToFaceEmployerContactOn]) as string;
    const days = daysBetween(since, today);
    if (days > SEARCH_WITHOUT_CONTACT_DAYS) items.push({ kind: "no_employer_contact", since, days });
  }
  for (const job of f.jobs) {
    const day = daysBetween(job.startDate, today);
    // A job whose last day is today is already a job loss to talk about, not a new job.
    const ongoing = job.endDate === null || job.endDate > today;
    if (day >= 0 && day <= NEW_JOB_DAYS && ongoing)
      items.push({ kind: "new_job", startedOn: job.startDate, day });
  }
  for (const job of f.jobs) {
    // Changing to a better job is not a loss; a loss counts from when it ended or became known.
    if (job.endDate === null || job.endReason === "resigned_for_better_job" || job.endDate > today) continue;
    const known = latest([job.endDate, job.endLearnedOn]) as string;
    const days = daysBetween(known, today);
    if (days >= 0 && days <= JOB_LOSS_DAYS)
      items.push({ kind: "job_loss", endedOn: job.endDate, reason: job.endReason });
  }
  if (f.phase === "referred") {
    const days = daysBetween(f.referralDate, today);
    if (days > REFERRAL_WAIT_DAYS) items.push({ kind: "referral_waiting", referredOn: f.referralDate, days });
  }
  return items;
}

/** The Monday and Sunday of the Finnish week (Monday–Sunday, Europe/Helsinki) containing `today`. */
export function supervisionWeek(today: string): { monday: string; sunday: string } {
  const monday = weekStartOf(today);
  return { monday, sunday: addDays(monday, 6) };
}

/**
 * Face-to-face employer contacts of this week (Monday 00:00 to Sunday 24:00 in Finland) against
 * the V6 expectation of six per full-time coach, scaled by FTE when it is recorded; the same
 * count as the weekly job development picture.
 */
export function employerContactsThisWeek(
  events: readonly JobDevelopmentEvent[],
  today: string,
  fte: number | null,
): { count: number; target: number; met: boolean } {
  const count = countWeek(events, weekStartOf(today)).faceToFaceContacts;
  const target = Math.round(WEEKLY_FACE_TO_FACE_TARGET * (fte ?? 1) * 100) / 100;
  return { count, target, met: count >= target };
}
