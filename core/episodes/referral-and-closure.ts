/**
 * Coded reasons for declining a referral and for closing an episode. Zero exclusion: wanting to
 * work is the only criterion, so "not ready", symptoms, substance use or missed visits are not
 * reasons on either list (fidelity O6, V14).
 */
export const referralSources = ["treatment_team", "self", "family", "employment_services", "other"] as const;
export type ReferralSource = (typeof referralSources)[number];

export const declineReasons = [
  "does_not_want_work",
  "chose_other_service",
  "moved_away",
  "could_not_be_reached",
  "duplicate_referral",
  "other",
] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const closureReasons = [
  "client_wish",
  "steady_work_step_down",
  "studies_step_down",
  "moved_away",
  "transferred",
  "lost_contact",
  "deceased",
  "other",
] as const;
export type ClosureReason = (typeof closureReasons)[number];

/** Outreach attempts required before "lost contact" may close an episode. */
export const LOST_CONTACT_MIN_OUTREACH = 3;

export type ClosureCheck =
  | { allowed: true }
  | { allowed: false; problem: "outreach_required"; required: number };

/** "Lost contact" needs recorded outreach first: the service reaches out, it does not just close. */
export function checkClosure(reason: ClosureReason, outreachAttempts: number): ClosureCheck {
  if (reason === "lost_contact" && outreachAttempts < LOST_CONTACT_MIN_OUTREACH) {
    return { allowed: false, problem: "outreach_required", required: LOST_CONTACT_MIN_OUTREACH };
  }
  return { allowed: true };
}

/** The client's situation when the service starts; outcome rule sets choose their denominator by it. */
export const situationsAtStart = [
  "employed",
  "unemployed",
  "rehabilitation_subsidy",
  "partial_disability_pension",
  "full_disability_pension",
  "sick_leave",
  "student",
  "other",
] as const;
export type SituationAtStart = (typeof situationsAtStart)[number];
