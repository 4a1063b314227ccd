import { z } from "zod";
import { industrySections, sizeClasses } from "../employers/tol2008.ts";
import { phases } from "../episodes/phase.ts";
import { isoDate } from "./clients.ts";
import { isoDateTime, userId, uuid } from "./common.ts";
import { businessId, hourlyWage, hoursPerWeek, occupationCode } from "./work.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// The employer register -------------------------------------------------------------------------

export const employerFields = {
  name: text(200),
  businessId: businessId.nullable().optional(),
  industry: z.enum(industrySections).nullable().optional(),
  sizeClass: z.enum(sizeClasses).nullable().optional(),
  municipality: optionalText(100),
  streetAddress: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .nullable()
    .optional(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable()
    .optional(),
  relationshipNotes: optionalText(4000),
};
export const createEmployerFull = z.strictObject(employerFields);
export const updateEmployer = z.strictObject({
  ...employerFields,
  name: text(200).optional(),
  archived: z.boolean().optional(),
});

export const contactPersonInput = z.strictObject({
  name: text(200),
  role: optionalText(200),
  phone: optionalText(40),
  email: z.email().max(254).nullable().optional(),
});
export const updateContactPerson = z.strictObject({
  ...contactPersonInput.shape,
  name: text(200).optional(),
  archived: z.boolean().optional(),
});
export const contactPerson = z.object({
  id: uuid,
  name: z.string(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  archived: z.boolean(),
});

export const employerDetail = z.object({
  id: uuid,
  organisationId: uuid,
  name: z.string(),
  businessId: z.string().nullable(),
  industry: z.enum(industrySections).nullable(),
  sizeClass: z.enum(sizeClasses).nullable(),
  municipality: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  website: z.string().nullable(),
  relationshipNotes: z.string().nullable(),
  archived: z.boolean(),
  contactPersons: z.array(contactPerson),
  canManage: z.boolean(),
});

export const employerListItem = z.object({
  id: uuid,
  name: z.string(),
  businessId: z.string().nullable(),
  industry: z.enum(industrySections).nullable(),
  municipality: z.string().nullable(),
  archived: z.boolean(),
  lastContactAt: isoDateTime.nullable(),
  contactsLast90Days: z.number().int(),
});

export const employerListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  industry: z.enum(industrySections).optional(),
  includeArchived: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

/**
 * An employer's history: every contact, the jobs that came from them and how long they lasted
 * (described only for clients the caller works in full, the others counted).
 */
export const employerHistory = z.object({
  contacts: z.array(
    z.object({
      id: uuid,
      occurredAt: isoDateTime,
      coachName: z.string(),
      faceToFace: z.boolean(),
      purposes: z.array(z.string()),
      outcome: z.string(),
      contactPersonName: z.string().nullable(),
      /** How many job seekers it was for; never who, so the employer page holds no client data. */
      jobSeekerCount: z.number().int(),
      nextStep: z.string().nullable(),
      nextStepOn: isoDate.nullable(),
    }),
  ),
  jobs: z.array(
    z.object({
      title: z.string(),
      startDate: isoDate,
      endDate: isoDate.nullable(),
      /** Whole weeks from start to end, or to today while the job goes on. */
      tenureWeeks: z.number().int(),
      ongoing: z.boolean(),
    }),
  ),
  /** Jobs of clients the caller does not work in full: counted only, never described. */
  otherJobs: z.object({ count: z.number().int(), ongoing: z.number().int() }),
  leads: z.array(z.object({ id: uuid, title: z.string(), status: z.string(), createdAt: isoDateTime })),
});

// CSV import and export -------------------------------------------------------------------------

export const importEmployers = z.strictObject({
  /** The CSV file's text (UTF-8); columns are matched by their header names. */
  csv: z.string().min(1).max(2_000_000),
  dryRun: z.boolean().default(true),
});
export const importReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  imported: z.number().int(),
  problems: z.array(
    z.object({
      /** 1-based line in the file, the header being line 1. */
      line: z.number().int(),
      column: z.string().nullable(),
      message: z.string(),
    }),
  ),
});

// Employer contacts (job development) -----------------------------------------------------------

export const contactPurposes = [
  "learn_needs",
  "present_job_seeker",
  "negotiate_job",
  "negotiate_adjustments",
  "follow_along_employer",
  "other",
] as const;
export const contactOutcomes = ["opening_found", "interview_agreed", "hire", "nothing_yet"] as const;

export const recordEmployerContact = z.strictObject({
  employerId: uuid,
  contactPersonId: uuid.nullable().optional(),
  occurredAt: isoDateTime,
  faceToFace: z.boolean(),
  /** The job seekers the contact was made for; empty for a general contact. */
  clientIds: z.array(uuid).max(20).default([]),
  purposes: z.array(z.enum(contactPurposes)).min(1),
  outcome: z.enum(contactOutcomes),
  /** Employer-contact quality level 1–5 (fidelity V7; outcomes.md §9). */
  qualityLevel: z.number().int().min(1).max(5).nullable().optional(),
  nextStep: optionalText(500),
  nextStepOn: isoDate.nullable().optional(),
  notes: optionalText(4000),
});

export const disclosureCheckQuery = z.strictObject({
  employerId: uuid,
  clientIds: z.union([uuid, z.array(uuid)]).transform((v) => (Array.isArray(v) ? v : [v])),
});
export const disclosureWarning = z.object({
  clientId: uuid,
  initials: z.string(),
  /** none: the plan says nothing may be said; no_plan: no decision recorded for this employer. */
  reason: z.enum(["none", "no_plan"]),
});

export const employerContact = z.object({
  id: uuid,
  employerId: uuid,
  employerName: z.string(),
  contactPersonName: z.string().nullable(),
  coachUserId: userId,
  coachName: z.string(),
  occurredAt: isoDateTime,
  faceToFace: z.boolean(),
  purposes: z.array(z.enum(contactPurposes)),
  outcome: z.enum(contactOutcomes),
  qualityLevel: z.number().int().nullable(),
  nextStep: z.string().nullable(),
  nextStepOn: isoDate.nullable(),
  notes: z.string().nullable(),
  /** Job seekers the caller may see; others are counted, not named. */
  jobSeekers: z.array(z.object({ clientId: uuid, name: z.string(), disclosureWarning: z.boolean() })),
  otherJobSeekers: z.number().int(),
});
export const recordedContact = z.object({ contact: employerContact, warnings: z.array(disclosureWarning) });

export const contactListQuery = z.strictObject({
  employerId: uuid.optional(),
  clientId: uuid.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// Job leads -------------------------------------------------------------------------------------

export const leadStatuses = ["open", "presented", "interview", "hired", "closed"] as const;
export const candidateStages = ["matched", "presented", "interview", "hired", "not_selected"] as const;

export const createJobLead = z.strictObject({
  employerId: uuid,
  title: text(200),
  occupationCode: occupationCode.nullable().optional(),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
  municipality: optionalText(100),
  advertised: z.boolean(),
  notes: optionalText(4000),
  sourceContactId: uuid.nullable().optional(),
});
export const updateJobLead = z.strictObject({
  title: text(200).optional(),
  occupationCode: occupationCode.nullable().optional(),
  hoursPerWeek: hoursPerWeek.nullable().optional(),
  municipality: optionalText(100),
  advertised: z.boolean().optional(),
  notes: optionalText(4000),
  /** Closing a lead without a hire; a hire closes it by itself. */
  closed: z.boolean().optional(),
});
export const addCandidate = z.strictObject({ clientId: uuid });
export const setCandidateStage = z.discriminatedUnion("stage", [
  z.strictObject({ stage: z.enum(["presented", "interview", "not_selected"]) }),
  z.strictObject({
    stage: z.literal("hired"),
    /** The job that starts on the client's record. */
    job: z.strictObject({
      startDate: isoDate,
      contractType: z.enum(["open_ended", "fixed_term", "apprenticeship", "self_employed"]),
      hoursPerWeek: hoursPerWeek.nullable().optional(),
      hourlyWage: hourlyWage.nullable().optional(),
      wageSubsidy: z.boolean().default(false),
    }),
  }),
]);

export const jobLead = z.object({
  id: uuid,
  employerId: uuid,
  employerName: z.string(),
  title: z.string(),
  occupationCode: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  municipality: z.string().nullable(),
  advertised: z.boolean(),
  status: z.enum(leadStatuses),
  notes: z.string().nullable(),
  foundByName: z.string(),
  createdAt: isoDateTime,
  candidates: z.array(
    z.object({
      clientId: uuid,
      name: z.string(),
      stage: z.enum(candidateStages),
      stageChangedAt: isoDateTime,
      jobId: uuid.nullable(),
      /** The interview booked from this lead for the candidate (the latest not cancelled), if any. */
      interview: z
        .object({ startsAt: isoDateTime, endsAt: isoDateTime, status: z.enum(["scheduled", "held"]) })
        .nullable(),
    }),
  ),
  otherCandidates: z.number().int(),
});
export const jobLeadQuery = z.strictObject({
  status: z.enum(leadStatuses).optional(),
  employerId: uuid.optional(),
});

export const candidateSuggestion = z.object({
  clientId: uuid,
  name: z.string(),
  phase: z.enum(phases),
  /** Why the job search plan fits: which parts matched. */
  matchedOn: z.array(z.enum(["occupation", "industry", "hours", "municipality"])),
});

// The weekly picture ----------------------------------------------------------------------------

export const weekCounts = z.object({
  weekStart: isoDate,
  faceToFaceContacts: z.number().int(),
  distinctEmployers: z.number().int(),
  jobSeekersPresented: z.number().int(),
  interviews: z.number().int(),
  hires: z.number().int(),
});
export const coachWeeks = z.object({
  coachUserId: userId,
  coachName: z.string(),
  fte: z.number().nullable(),
  /** The IPS expectation for this coach this week: 6 per full-time coach (fidelity V6). */
  target: z.number(),
  weeks: z.array(weekCounts),
});
export const weeklyPicture = z.object({
  target: z.number(),
  coaches: z.array(coachWeeks),
  team: z.array(weekCounts).nullable(),
});
export const weeklyQuery = z.strictObject({ weeks: z.coerce.number().int().min(1).max(52).default(12) });
