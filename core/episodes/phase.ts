/**
 * The IPS service phase of an episode, derived from recorded facts and never typed in: the
 * referral decision, the cooperation agreement (yhteistyösopimus, which starts the service), the
 * career profile, current jobs and studies, closure, and the one explicit flag, "on hold".
 */
export const phases = [
  "referred",
  "declined",
  "engagement",
  "career_profile",
  "job_search",
  "working",
  "studying",
  "on_hold",
  "closed",
] as const;
export type Phase = (typeof phases)[number];

export type PhaseFacts = {
  referralDecision: "pending" | "accepted" | "declined";
  agreementDate: string | null;
  closureDate: string | null;
  onHold: boolean;
  hasCareerProfile: boolean;
  /** Jobs that have started and not ended on `today`. */
  currentJobs: number;
  /** Studies that have started and not ended on `today`. */
  currentStudies: number;
};

/** The phase on the day the facts describe. Working wins over studying when both hold. */
export function derivePhase(f: PhaseFacts): Phase {
  if (f.referralDecision === "declined") return "declined";
  if (f.closureDate !== null) return "closed";
  if (f.referralDecision === "pending") return "referred";
  if (f.onHold) return "on_hold";
  if (f.currentJobs > 0) return "working";
  if (f.currentStudies > 0) return "studying";
  if (f.agreementDate === null) return "engagement";
  if (!f.hasCareerProfile) return "career_profile";
  return "job_search";
}

/** Phases in which the client counts on the coach's active caseload (fidelity S1). */
export const activePhases: readonly Phase[] = [
  "engagement",
  "career_profile",
  "job_search",
  "working",
  "studying",
];
