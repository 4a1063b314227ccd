import type { Generated } from "kysely";
import type { CreatedAt, DateColumn } from "./columns.ts";

/** Kysely types of comparison cohorts (0011): counts only, never rows about people. */
export type ComparisonCohortTable = {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  source_description: string;
  kind: "aggregate" | "rows";
  created_by: string;
  created_at: CreatedAt;
};

export type ComparisonCohortCountTable = {
  cohort_id: string;
  period_from: DateColumn;
  period_to: DateColumn;
  denominator: number;
  employed: number;
};
