import type { PlanKind } from "../plans/codes.ts";

/**
 * The documents a client is handed (issue 10): the cooperation agreement (yhteistyösopimus) and
 * three of the episode's plans, each printable as a PDF in the client's language. Labels live in
 * core/i18n under `documents.`.
 */
export const printableDocuments = [
  "cooperation_agreement",
  "career_profile",
  "job_search_plan",
  "disclosure_plan",
] as const;
export type PrintableDocument = (typeof printableDocuments)[number];

/**
 * What the cooperation agreement divides between coaching and treatment. IPS integrates the two
 * (fidelity O1–O3): the agreement says who carries each part, so neither assumes the other does.
 */
export const responsibilityAreas = [
  "job_search_and_employer_contacts",
  "benefits_counselling",
  "support_at_work",
  "treatment_and_medication",
  "rehabilitation_and_therapy",
  "crisis_plan",
  "sharing_information",
] as const;
export type ResponsibilityArea = (typeof responsibilityAreas)[number];

/** Who carries a part: the employment coaching, the treatment, or both together. */
export const responsibleParties = ["coaching", "treatment", "both"] as const;
export type ResponsibleParty = (typeof responsibleParties)[number];

/** How the client confirmed the agreement: a signature on paper, or said so in the meeting. */
export const confirmationMethods = ["signed_on_paper", "confirmed_in_meeting"] as const;
export type ConfirmationMethod = (typeof confirmationMethods)[number];

/** The kinds of the episode's versioned documents (table episode_document): the plans and the agreement. */
export type EpisodeDocumentKind = PlanKind | "cooperation_agreement";
