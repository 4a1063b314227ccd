import type { ActivityMode } from "../contracts/activities.ts";
import { addDays } from "../time/dates.ts";

/**
 * The follow-along pattern of fidelity item V12 (time-unlimited follow-along, anchor 5): a contact
 * within a week before a job starts, within 3 days after it, weekly in the first month, then at
 * least monthly while the person works, and within 3 days after a job loss becomes known.
 * Confidence "~" (../shared/domain/fidelity.md: recalled from the scale; "month 1" read in a
 * public source), so the numbers live in this one table, each with its mark, not in the rules.
 */
export const followAlongPattern = {
  /** A visit at most this many days before the start (V12 "≤1 week before start"). */
  beforeStartDays: { value: 7, confidence: "recalled" },
  /** A contact at most this many days after the start (V12 "≤3 days after"). */
  afterStartDays: { value: 3, confidence: "recalled" },
  /** The first month, in days, when contact is weekly (V12 "weekly month 1", read in a source). */
  firstMonthDays: { value: 30, confidence: "read" },
  weeklyDays: { value: 7, confidence: "read" },
  /** After the first month: at least monthly while working (V12 "≥ monthly ≥1 year"). */
  monthlyDays: { value: 30, confidence: "recalled" },
  /** A contact at most this many days after a job loss becomes known (V12). */
  afterJobLossDays: { value: 3, confidence: "recalled" },
} as const;

export type FollowAlongKind =
  | "follow_along_before_start"
  | "follow_along_after_start"
  | "follow_along_weekly"
  | "follow_along_monthly"
  | "follow_along_after_job_loss";

export type JobFacts = {
  id: string;
  title: string;
  startDate: string;
  endDate: string | null;
  /** The day the coach learned the job had ended (job.end_learned_on); the end date if unknown. */
  endLearnedOn: string | null;
};

/**
 * A contact with the client's episode as the pattern reads it: its day, how it was held, whether
 * the client took part, and whether it had a follow-along purpose (client or employer). The
 * latest contact of each combination is enough input.
 */
export type FollowAlongContact = {
  on: string;
  mode: ActivityMode;
  withClient: boolean;
  followAlong: boolean;
};

/**
 * V12 asks for face-to-face contact with the worker: a phone call, a video call, a message, or an
 * employer visit without the client does not keep the pattern, however it was labelled.
 */
export const metInPerson = (c: FollowAlongContact) => c.mode === "face_to_face" && c.withClient;

/** A follow-along contact the pattern still calls for, for one job. */
export type FollowAlongDue = { kind: FollowAlongKind; jobId: string; due: string };

const p = (k: keyof typeof followAlongPattern) => followAlongPattern[k].value;
const latestFrom = (dates: readonly string[], from: string) =>
  dates.reduce<string | null>((best, d) => (d >= from && (best === null || d > best) ? d : best), null);

/**
 * What the follow-along pattern asks next for one job on `today`, given the client's contacts.
 * Only contacts met in person with the client count (`metInPerson`): a follow-along one for the
 * start-and-after pattern, any one after a job loss. A contact of the client counts for all of
 * the client's jobs (parallel jobs are one person's follow-along). Only the latest contact on or
 * after a day matters to these rules, so the latest of each kind is enough input.
 */
export function followAlongDue(
  job: JobFacts,
  contacts: readonly FollowAlongContact[],
  today: string,
): FollowAlongDue[] {
  const inPerson = contacts.filter(metInPerson);
  const followAlongOn = inPerson.filter((c) => c.followAlong).map((c) => c.on);
  const metOn = inPerson.map((c) => c.on);
  const out: FollowAlongDue[] = [];
  const start = job.startDate;
  const end = job.endDate;
  if (today < start) {
    // V12: a visit before the start can only be made before the start.
    const windowFrom = addDays(start, -p("beforeStartDays"));
    const before = latestFrom(followAlongOn, windowFrom);
    if (before === null || before >= start)
      out.push({ kind: "follow_along_before_start", jobId: job.id, due: addDays(start, -1) });
  }
  // While the job goes on (and not past a known end), the start-and-after pattern applies; once it
  // has ended, what was missed can no longer be done and the job-loss contact takes over.
  const ongoing = (due: string) => end === null || (today <= end && due <= end);
  const last = latestFrom(followAlongOn, start);
  if (last === null) {
    const due = addDays(start, p("afterStartDays"));
    if (ongoing(due)) out.push({ kind: "follow_along_after_start", jobId: job.id, due });
  } else {
    const weekly = addDays(last, p("weeklyDays"));
    const inFirstMonth = weekly <= addDays(start, p("firstMonthDays"));
    const due = inFirstMonth ? weekly : addDays(last, p("monthlyDays"));
    if (ongoing(due))
      out.push({ kind: inFirstMonth ? "follow_along_weekly" : "follow_along_monthly", jobId: job.id, due });
  }
  if (end !== null) {
    const learned = job.endLearnedOn ?? end;
    const since = latestFrom(metOn, learned);
    if (since === null)
      out.push({
        kind: "follow_along_after_job_loss",
        jobId: job.id,
        due: addDays(learned, p("afterJobLossDays")),
      });
  }
  return out;
}
