import type { DatedSpell, EpisodeOutcomeFacts, IsoDate, OutcomeJob, OutcomePeriod } from "./types.ts";

/**
 * The per-episode predicates the outcome rule sets share (docs/domain/metrics.md). Dates are ISO
 * strings, so comparing them as strings compares the days.
 */

/** The day is inside the period (both ends included). */
export function inPeriod(day: IsoDate | null, p: OutcomePeriod): boolean {
  return day !== null && day >= p.from && day <= p.to;
}

/** A spell (job, study, work trial) is in progress at some time in the period. */
export function overlapsPeriod(s: DatedSpell, p: OutcomePeriod): boolean {
  return s.startDate <= p.to && (s.endDate === null || s.endDate >= p.from);
}

/** A spell is in progress on the day; a job ending on a day is still held that day. */
export function heldOn(s: DatedSpell, day: IsoDate): boolean {
  return s.startDate <= day && (s.endDate === null || s.endDate >= day);
}

/**
 * The service has started: the referral was accepted and the cooperation agreement
 * (yhteistyösopimus, the entry that starts the V4 clock) is signed. Pending and declined referrals
 * never count, whatever else is recorded.
 */
function served(e: EpisodeOutcomeFacts): e is EpisodeOutcomeFacts & { agreementDate: IsoDate } {
  return e.referralDecision === "accepted" && e.agreementDate !== null;
}

/**
 * On the caseload at some time in the period: the agreement on or before its last day and not
 * closed before its first day. The closure day itself is the last day of service (the closing
 * meeting), so an episode closed on the period's first day was served in the period.
 */
export function onCaseloadDuring(e: EpisodeOutcomeFacts, p: OutcomePeriod): boolean {
  return served(e) && e.agreementDate <= p.to && (e.closureDate === null || e.closureDate >= p.from);
}

/**
 * On the caseload at the end of the day: as core/episodes/phase.ts, an episode is "closed" from its
 * closure date on, so one closed on the day is no longer on the caseload that evening.
 */
export function onCaseloadAtEndOf(e: EpisodeOutcomeFacts, day: IsoDate): boolean {
  return served(e) && e.agreementDate <= day && (e.closureDate === null || e.closureDate > day);
}

/** The competitive jobs of an episode (core/jobs/competitive.ts decided `competitive`). */
export function competitiveJobs(e: EpisodeOutcomeFacts): OutcomeJob[] {
  return e.jobs.filter((j) => j.competitive);
}

/** The start of the episode's first competitive job, or null. */
export function firstCompetitiveStart(e: EpisodeOutcomeFacts): IsoDate | null {
  let first: IsoDate | null = null;
  for (const j of e.jobs) if (j.competitive && (first === null || j.startDate < first)) first = j.startDate;
  return first;
}

/** The earlier of two dates, null meaning "none". */
export function earlier(a: IsoDate, b: IsoDate | null): IsoDate {
  return b !== null && b < a ? b : a;
}
