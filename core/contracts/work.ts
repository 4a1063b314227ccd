import { z } from "zod";
import { parseYTunnus } from "../identity/y-tunnus.ts";
import { contractTypes, jobEndReasons } from "../jobs/competitive.ts";
import { isoDate } from "./clients.ts";
import { uuid, withDecimals } from "./common.ts";

export const workTrialArrangers = ["employment_services", "kela", "pension_insurer", "other"] as const;
export const studyLevels = [
  "basic",
  "upper_secondary",
  "vocational",
  "bachelor",
  "master",
  "doctorate",
  "other",
] as const;
export const studyOutcomes = ["completed", "interrupted"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A Y-tunnus that passes shape and check-digit validation. */
export const businessId = z
  .string()
  .trim()
  .refine((v) => parseYTunnus(v).valid, { message: "invalid_business_id" });

/** An ISCO-08 / Ammattiluokitus 2010 code at any level, 1–5 digits (fidelity V8). */
export const occupationCode = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/);
/** numeric(4, 1) with a check of (0, 80]: one decimal, so the smallest is 0.1. */
export const hoursPerWeek = withDecimals(z.number().gt(0).max(80), 1);
/** The highest hourly wage a job or lead may record; above it a typo is likelier than a wage. */
export const maxHourlyWage = 200;
const wageRange = { message: "hourly_wage_range" } as const;
/**
 * Euros an hour, 0–200 (numeric(7, 2)). The bound catches "12.80" read as 1280 by a field that
 * took the point for a thousands separator; its one message names the range and an example.
 */
export const hourlyWage = withDecimals(z.number().min(0, wageRange).max(maxHourlyWage, wageRange), 2);

// Employers (organisation data, not client data)
export const employerSearch = z.strictObject({ q: z.string().trim().max(100).optional() });
export const createEmployer = z.strictObject({
  name: text(200),
  businessId: businessId.nullable().optional(),
});
export const employer = z.object({ id: uuid, name: z.string(), businessId: z.string().nullable() });

/** Either an employer of the register or a name that creates one in the same transaction. */
const employerChoice = {
  employerId: uuid.nullable().optional(),
  employerName: text(200).nullable().optional(),
};
type EmployerChoiceInput = {
  employerId?: string | null | undefined;
  employerName?: string | null | undefined;
};
/**
 * A new record names its employer one way or the other; the form shows it beside the employer
 * field even while other fields are still wrong (`when`), not only after they are fixed.
 */
const employerNamed = { path: ["employerId"], message: "required", when: () => true };
const namesEmployer = (value: EmployerChoiceInput) =>
  typeof value !== "object" || value === null || Boolean(value.employerId || value.employerName?.trim());

// Jobs
const jobFields = {
  ...employerChoice,
  title: text(200),
  occupation: optionalText(200),
  occupationCode: occupationCode.nullable().optional(),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  endReason: z.enum(jobEndReasons).nullable().optional(),
  endLearnedOn: isoDate.nullable().optional(),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
  hourlyWage: hourlyWage.nullable().optional(),
  contractType: z.enum(contractTypes),
  wageSubsidy: z.boolean().default(false),
  setAside: z.boolean().default(false),
  foundWithCoach: z.boolean().default(true),
  workTrialId: uuid.nullable().optional(),
  notes: optionalText(4000),
};
export const recordJob = z.strictObject(jobFields).refine(namesEmployer, employerNamed);
export const updateJob = z.strictObject({
  ...jobFields,
  title: text(200).optional(),
  startDate: isoDate.optional(),
  contractType: z.enum(contractTypes).optional(),
  wageSubsidy: z.boolean().optional(),
  setAside: z.boolean().optional(),
  foundWithCoach: z.boolean().optional(),
});
export const endJob = z.strictObject({
  endDate: isoDate,
  endReason: z.enum(jobEndReasons),
  endLearnedOn: isoDate,
});

/** What a consented treatment team may see: that the client works, where, and how much. */
export const sharedJob = z.object({
  view: z.literal("shared"),
  id: uuid,
  employerName: z.string(),
  title: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  hoursPerWeek: z.number().nullable(),
});
export const job = sharedJob.extend({
  view: z.literal("full"),
  episodeId: uuid,
  employerId: uuid,
  occupation: z.string().nullable(),
  occupationCode: z.string().nullable(),
  hourlyWage: z.number().nullable(),
  contractType: z.enum(contractTypes),
  wageSubsidy: z.boolean(),
  setAside: z.boolean(),
  foundWithCoach: z.boolean(),
  endReason: z.enum(jobEndReasons).nullable(),
  endLearnedOn: isoDate.nullable(),
  workTrialId: uuid.nullable(),
  notes: z.string().nullable(),
  /** Decided by core/jobs/competitive.ts; the rule set is named so a number can be traced. */
  competitive: z.boolean(),
  competitiveRules: z.object({ id: z.string(), version: z.number().int() }),
});
export const jobListItem = z.discriminatedUnion("view", [job, sharedJob]);

// Work trials (työkokeilu) and studies
const workTrialFields = {
  ...employerChoice,
  tasks: text(2000),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
  arrangedBy: z.enum(workTrialArrangers).nullable().optional(),
  notes: optionalText(4000),
};
export const recordWorkTrial = z.strictObject(workTrialFields).refine(namesEmployer, employerNamed);
export const updateWorkTrial = z.strictObject({
  ...workTrialFields,
  tasks: text(2000).optional(),
  startDate: isoDate.optional(),
});
export const workTrial = z.object({
  id: uuid,
  episodeId: uuid,
  employerId: uuid,
  employerName: z.string(),
  tasks: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  hoursPerWeek: z.number().nullable(),
  arrangedBy: z.enum(workTrialArrangers).nullable(),
  notes: z.string().nullable(),
  /** The paid job this trial turned into, when one did. */
  jobId: uuid.nullable(),
});

const studyFields = {
  institution: text(200),
  programme: text(200),
  level: z.enum(studyLevels).nullable().optional(),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  outcome: z.enum(studyOutcomes).nullable().optional(),
  notes: optionalText(4000),
};
export const recordStudy = z.strictObject(studyFields);
export const updateStudy = z.strictObject({
  ...studyFields,
  institution: text(200).optional(),
  programme: text(200).optional(),
  startDate: isoDate.optional(),
});
export const study = z.object({
  id: uuid,
  episodeId: uuid,
  institution: z.string(),
  programme: z.string(),
  level: z.enum(studyLevels).nullable(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  outcome: z.enum(studyOutcomes).nullable(),
  notes: z.string().nullable(),
});

export const jobParams = z.strictObject({ clientId: uuid, jobId: uuid });
export const workTrialParams = z.strictObject({ clientId: uuid, workTrialId: uuid });
export const studyParams = z.strictObject({ clientId: uuid, studyId: uuid });
