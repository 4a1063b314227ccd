import { z } from "zod";
import { situationsAtStart } from "../episodes/referral-and-closure.ts";
import { outcomeRuleSetIds } from "../outcomes/types.ts";
import { isoDateTime, storableIsoDate, uuid } from "./common.ts";

/**
 * Comparison cohorts (issue 9): a group to set a team's employment rate against, imported as
 * aggregate counts per period or as pseudonymised rows (CSV) that are counted on import. Only the
 * counts are stored and shown.
 */
export const comparisonCohortKinds = ["aggregate", "rows"] as const;

const cohortName = z.string().trim().min(1).max(200);
const sourceDescription = z.string().trim().max(2000);
export const cohortCount = z.strictObject({
  periodFrom: storableIsoDate,
  periodTo: storableIsoDate,
  denominator: z.number().int().min(0).max(10_000_000),
  employed: z.number().int().min(0).max(10_000_000),
});

export const createComparisonCohort = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("aggregate"),
    name: cohortName,
    sourceDescription,
    counts: z.array(cohortCount).min(1).max(200),
  }),
  z.strictObject({
    kind: z.literal("rows"),
    name: cohortName,
    sourceDescription,
    /** `pseudonym,period_from,period_to,employed` (0/1); no other columns. Counted, then dropped. */
    csv: z.string().min(1).max(900_000),
  }),
]);

export const comparisonCohort = z.object({
  id: uuid,
  name: z.string(),
  sourceDescription: z.string(),
  kind: z.enum(comparisonCohortKinds),
  createdAt: isoDateTime,
  counts: z.array(cohortCount),
});

/** A dry run of an import: the counts that would be saved, and how many rows a CSV had. */
export const comparisonCohortCheck = z.object({
  counts: z.array(cohortCount),
  rows: z.number().int().nullable(),
});

export const comparisonQuery = z.strictObject({
  cohortId: uuid,
  /** The period compared; by default the cohort's whole span. */
  from: storableIsoDate.optional(),
  to: storableIsoDate.optional(),
  /** Only the team's clients in this situation at the start of the service. */
  situation: z.enum(situationsAtStart).optional(),
  ruleSet: z.enum(outcomeRuleSetIds).default("us_learning_community"),
});

export type CreateComparisonCohort = z.infer<typeof createComparisonCohort>;
export type ComparisonCohort = z.infer<typeof comparisonCohort>;
export type ComparisonCohortCheck = z.infer<typeof comparisonCohortCheck>;
export type ComparisonQuery = z.infer<typeof comparisonQuery>;
