/**
 * The coded lists inside the versioned plans of an episode (outcomes.md §7; fidelity V1–V3, V5).
 * Labels live in core/i18n under `plans.`.
 */
export const planKinds = [
  "career_profile",
  "job_search_plan",
  "disclosure_plan",
  "benefits_planning",
] as const;
export type PlanKind = (typeof planKinds)[number];

/** Benefits that react to earnings (finland.md §3), plus the ones a worker commonly keeps. */
export const benefitCodes = [
  "earnings_related_disability_pension",
  "partial_disability_pension",
  "rehabilitation_subsidy_kela",
  "rehabilitation_subsidy_pension_insurer",
  "kela_disability_pension",
  "sickness_allowance",
  "partial_sickness_allowance",
  "rehabilitation_allowance",
  "unemployment_benefit",
  "housing_allowance",
  "social_assistance",
  "disability_allowance",
  "other",
] as const;
export type BenefitCode = (typeof benefitCodes)[number];

/** The job-start checklist of finland.md §3, in its order (fidelity V1). */
export const jobStartChecklist = [
  "list_benefits_and_payers",
  "work_out_earnings_limits",
  "decide_under_partial_or_suspend",
  "notify_kela_or_pension_insurer",
  "new_tax_card",
  "report_earnings_for_unemployment_benefit",
  "review_housing_allowance",
  "schedule_recheck_on_change",
] as const;
export type JobStartChecklistStep = (typeof jobStartChecklist)[number];

/** What the client lets the coach tell one employer about their health (fidelity V2). */
export const disclosureDecisions = ["none", "partial", "full"] as const;
export const planStepOwners = ["client", "coach", "other"] as const;

/** The career profile's free-text fields, in the order they are shown and printed. */
export const careerProfileNotes = [
  "workHistory",
  "education",
  "interests",
  "strengths",
  "healthConsiderations",
  "supportsNeeded",
  "notes",
] as const;
