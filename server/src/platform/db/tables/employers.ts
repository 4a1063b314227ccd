import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, DateColumn, Numeric, Timestamp, Updated } from "./columns.ts";

/** Kysely types of the employer register and job development (0002, 0003). */
export type EmployerTable = {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  business_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
  industry: ColumnType<string | null, string | null | undefined, string | null>;
  size_class: ColumnType<string | null, string | null | undefined, string | null>;
  municipality: ColumnType<string | null, string | null | undefined, string | null>;
  street_address: ColumnType<string | null, string | null | undefined, string | null>;
  postal_code: ColumnType<string | null, string | null | undefined, string | null>;
  website: ColumnType<string | null, string | null | undefined, string | null>;
  relationship_notes: ColumnType<string | null, string | null | undefined, string | null>;
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type EmployerContactPersonTable = {
  id: Generated<string>;
  employer_id: string;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type EmployerContactTable = {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  contact_person_id: string | null;
  coach_user_id: string;
  occurred_at: Timestamp;
  face_to_face: boolean;
  purposes: string[];
  outcome: string;
  quality_level: number | null;
  next_step: string | null;
  next_step_on: DateColumn | null;
  notes: string | null;
  created_at: CreatedAt;
  retracted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  retraction_reason: ColumnType<string | null, string | null | undefined, string | null>;
};

export type EmployerContactClientTable = {
  employer_contact_id: string;
  client_id: string;
  episode_id: string | null;
  disclosure_warning: ColumnType<boolean, boolean | undefined, boolean>;
};

export type JobLeadTable = {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  title: string;
  occupation_code: string | null;
  hours_per_week: Numeric | null;
  municipality: string | null;
  advertised: boolean;
  status: ColumnType<string, string | undefined, string>;
  notes: string | null;
  found_by: string;
  source_contact_id: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type JobLeadCandidateTable = {
  job_lead_id: string;
  client_id: string;
  stage: ColumnType<string, string | undefined, string>;
  stage_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  changed_by: string;
  job_id: string | null;
};

export type JobLeadEventTable = {
  id: Generated<string>;
  job_lead_id: string;
  client_id: string;
  stage: string;
  occurred_at: ColumnType<Date, Date | string | undefined, Date | string>;
  by_user_id: string;
};
