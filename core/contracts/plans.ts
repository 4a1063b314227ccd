import { z } from "zod";
import {
  benefitCodes,
  disclosureDecisions,
  jobStartChecklist,
  type PlanKind,
  planStepOwners,
} from "../plans/codes.ts";
import { isoDate } from "./clients.ts";
import { isoDateTime, uuid } from "./common.ts";
import { hoursPerWeek, occupationCode } from "./work.ts";

const note = (max = 4000) => z.string().trim().max(max).nullable().default(null);
const list = <T extends z.ZodType>(item: T, max = 30) => z.array(item).max(max).default([]);
const name = z.string().trim().min(1).max(200);
const occupation = z.strictObject({ title: name, occupationCode: occupationCode.nullable().optional() });

/** Career profile (uraprofiili), fidelity V3: updated after every job start and end. */
export const careerProfile = z.strictObject({
  workHistory: note(),
  education: note(),
  interests: note(),
  strengths: note(),
  preferredOccupations: list(occupation),
  preferredHoursPerWeek: hoursPerWeek.nullable().default(null),
  preferredPlaces: list(name),
  healthConsiderations: note(),
  supportsNeeded: note(),
  notes: note(),
});

/** Job search plan, fidelity V5: the preferences job development is matched against. */
export const jobSearchPlan = z
  .strictObject({
    targetOccupations: list(occupation),
    targetIndustries: list(name),
    targetEmployers: list(z.strictObject({ employerId: uuid.nullable().optional(), name })),
    hoursPerWeekMin: hoursPerWeek.nullable().default(null),
    hoursPerWeekMax: hoursPerWeek.nullable().default(null),
    municipalities: list(name),
    steps: list(
      z.strictObject({
        text: z.string().trim().min(1).max(1000),
        owner: z.enum(planStepOwners),
        due: isoDate.nullable().optional(),
        /** The day the step was done: it leaves the coach's to-do list (core/todo). */
        doneOn: isoDate.nullable().optional(),
      }),
      50,
    ),
  })
  .refine(
    (p) => p.hoursPerWeekMin === null || p.hoursPerWeekMax === null || p.hoursPerWeekMin <= p.hoursPerWeekMax,
    {
      message: "min_over_max",
      path: ["hoursPerWeekMax"],
    },
  );

/** Disclosure plan, fidelity V2: per employer, what the client allows to be said about their health. */
export const disclosurePlan = z.strictObject({
  discussedOn: isoDate,
  entries: list(
    z.strictObject({
      employerId: uuid.nullable().optional(),
      employerName: name,
      decision: z.enum(disclosureDecisions),
      whatMayBeSaid: note(2000),
      accommodations: note(2000),
    }),
  ),
  notes: note(),
});

/** Benefits planning record, fidelity V1: before a job start and at changes of hours or pay. */
export const benefitsPlanning = z.strictObject({
  doneOn: isoDate,
  byTrainedPlanner: z.boolean(),
  plannerName: z.string().trim().max(200).nullable().default(null),
  benefitsInPlace: list(z.enum(benefitCodes), benefitCodes.length),
  checklistDone: list(z.enum(jobStartChecklist), jobStartChecklist.length),
  notes: note(),
});

/** The content schema of each plan kind: the request body and the stored JSON. */
export const planContent = {
  career_profile: careerProfile,
  job_search_plan: jobSearchPlan,
  disclosure_plan: disclosurePlan,
  benefits_planning: benefitsPlanning,
} satisfies Record<PlanKind, z.ZodType>;

export const planVersionSummary = z.object({
  version: z.number().int().min(1),
  savedAt: isoDateTime,
  authorName: z.string().nullable(),
});

/** One saved version of a plan, with its content. */
export const planVersion = <K extends PlanKind>(kind: K) =>
  planVersionSummary.extend({ kind: z.literal(kind), content: planContent[kind] });

/** A plan: its latest version (null before the first save) and every version, newest first. */
export const plan = <K extends PlanKind>(kind: K) =>
  z.object({
    kind: z.literal(kind),
    latest: planVersion(kind).nullable(),
    versions: z.array(planVersionSummary),
  });

export const savePlanVersion = <K extends PlanKind>(kind: K) =>
  z.strictObject({ content: planContent[kind] });
// The version column is an integer: a larger number names no version (and would not fit).
export const planVersionParams = z.strictObject({
  clientId: uuid,
  version: z.coerce.number().int().min(1).max(2_147_483_647),
});
