import { acceptedReferral, type EpisodePlan, type JobPlan } from "./plan-episode.ts";

/**
 * The living demo's coach (options.into, coach index 0): a caseload of open episodes in every
 * phase around the anchor day, so each page has something true to show. Slot by slot: referred,
 * engagement, career profile, job search (one with a work trial about to become a job, one whose
 * job just ended), working (long and new jobs, one from a work trial, one with a second job),
 * studying and on hold.
 */
export const DEMO_CASELOAD = 18;

const base = (ref: number): EpisodePlan => acceptedReferral(ref, ref + 4);
const job = (start: number, end: number | null, extra: Partial<JobPlan> = {}): JobPlan => ({
  start,
  end,
  endReason: end === null ? null : "fixed_term_ended",
  fromTrial: false,
  parallel: false,
  contract: end === null ? "open_ended" : "fixed_term",
  hours: 25,
  wage: 13.4,
  subsidy: false,
  foundWithCoach: true,
  ...extra,
});
const serving = (a: number, agreedDaysAgo: number, profiled = true): EpisodePlan => ({
  ...base(a - agreedDaysAgo - 20),
  agreement: a - agreedDaysAgo,
  profile: profiled ? a - agreedDaysAgo + 21 : null,
});

/** The planned episode of demo slot `slot` (0 … DEMO_CASELOAD − 1) for anchor day `a`. */
export function demoEpisode(slot: number, a: number): EpisodePlan {
  switch (slot) {
    case 0:
      return { ...base(a - 2), decision: "pending", decisionDate: null };
    case 1:
      return base(a - 18);
    case 2:
      return base(a - 30);
    case 3:
      return serving(a, 12, false);
    case 4:
      return serving(a, 25, false);
    case 5:
      return serving(a, 120);
    case 6:
      return {
        ...serving(a, 150),
        trial: { start: a - 40, end: null, hours: 25, arrangedBy: "employment_services" },
      };
    case 7:
      return {
        ...serving(a, 300),
        jobs: [job(a - 160, a - 4, { endReason: "resigned_other", contract: "open_ended" })],
      };
    case 8:
      return serving(a, 70);
    case 9:
      return { ...serving(a, 420), jobs: [job(a - 260, null)] };
    case 10:
      return {
        ...serving(a, 200),
        trial: { start: a - 110, end: a - 50, hours: 20, arrangedBy: "kela" },
        jobs: [job(a - 45, null, { fromTrial: true })],
      };
    case 11:
      return { ...serving(a, 90), jobs: [job(a - 9, null)] };
    case 12:
      return {
        ...serving(a, 380),
        jobs: [job(a - 240, null), job(a - 60, null, { parallel: true, hours: 10 })],
      };
    case 13:
      return { ...serving(a, 260), study: { start: a - 75, end: null, outcome: null, index: 3 } };
    case 14:
      return { ...serving(a, 200), onHoldSince: a - 20 };
    case 15:
      return serving(a, 40);
    case 16:
      return { ...serving(a, 330), jobs: [job(a - 120, null, { hours: 30 })] };
    default:
      return serving(a, 160);
  }
}
