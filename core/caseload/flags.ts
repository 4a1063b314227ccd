import { activePhases, type Phase } from "../episodes/phase.ts";
import { daysBetween } from "../time/dates.ts";
import { CASELOAD_LIMIT } from "./limit.ts";

export { CASELOAD_LIMIT };

export const NO_CONTACT_DAYS = 14;
export const FIRST_EMPLOYER_CONTACT_DAYS = 30;
export const RECENT_JOB_START_DAYS = 30;

export const caseloadFlags = [
  "no_contact_14_days",
  "no_employer_contact_30_days",
  "job_started_recently",
  "follow_up_due",
] as const;
export type CaseloadFlag = (typeof caseloadFlags)[number];

export type CaseloadFacts = {
  phase: Phase;
  referralDate: string;
  agreementDate: string | null;
  /** Date of the latest contact with the client (not documentation), if any. */
  lastContactOn: string | null;
  /** Date of the first face-to-face employer contact on the client's behalf in this episode. */
  firstEmployerContactOn: string | null;
  /** Start date of the latest job that has started. */
  latestJobStartOn: string | null;
  /** Date of the latest follow-along contact with the client or their employer. */
  lastFollowAlongOn: string | null;
};

/**
 * The reminders on a coach's caseload. Follow-along is due weekly in the first month of a job and
 * monthly after it (fidelity V12).
 */
export function flagsFor(f: CaseloadFacts, today: string): CaseloadFlag[] {
  if (!activePhases.includes(f.phase)) return [];
  const flags: CaseloadFlag[] = [];
  const since = (d: string | null) => (d === null ? Number.POSITIVE_INFINITY : daysBetween(d, today));
  if (since(f.lastContactOn ?? f.referralDate) > NO_CONTACT_DAYS) flags.push("no_contact_14_days");
  if (
    f.agreementDate &&
    f.firstEmployerContactOn === null &&
    since(f.agreementDate) > FIRST_EMPLOYER_CONTACT_DAYS
  ) {
    flags.push("no_employer_contact_30_days");
  }
  const jobDays = since(f.latestJobStartOn);
  if (jobDays <= RECENT_JOB_START_DAYS) flags.push("job_started_recently");
  if (f.phase === "working") {
    const interval = jobDays <= RECENT_JOB_START_DAYS ? 7 : 30;
    const last =
      f.lastFollowAlongOn && f.latestJobStartOn && f.lastFollowAlongOn >= f.latestJobStartOn
        ? f.lastFollowAlongOn
        : f.latestJobStartOn;
    if (since(last) >= interval) flags.push("follow_up_due");
  }
  return flags;
}
