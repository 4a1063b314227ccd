import type {
  candidateSuggestion,
  createJobLead,
  disclosureWarning,
  employerContact,
  jobLead,
  recordEmployerContact,
  recordedContact,
  setCandidateStage,
  updateJobLead,
  weekCounts,
  weeklyPicture,
} from "@core/contracts/employers";
import type { z } from "zod";

/** Types of the job-development contract (core/contracts/employers.ts), as the web app sees them. */
export type RecordEmployerContact = z.input<typeof recordEmployerContact>;
export type EmployerContact = z.infer<typeof employerContact>;
export type RecordedContact = z.infer<typeof recordedContact>;
export type DisclosureWarning = z.infer<typeof disclosureWarning>;
export type JobLead = z.infer<typeof jobLead>;
export type CreateJobLead = z.input<typeof createJobLead>;
export type UpdateJobLead = z.input<typeof updateJobLead>;
export type SetCandidateStage = z.input<typeof setCandidateStage>;
export type CandidateSuggestion = z.infer<typeof candidateSuggestion>;
export type WeekCounts = z.infer<typeof weekCounts>;
export type WeeklyPicture = z.infer<typeof weeklyPicture>;
