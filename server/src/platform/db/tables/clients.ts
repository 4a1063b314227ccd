import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, DateColumn, Json, Numeric, Timestamp, Updated } from "./columns.ts";

/** Kysely types of the client journey: clients, episodes, consents, plans, activities, appointments, work (0002). */
export type ClientTable = {
  id: Generated<string>;
  organisation_id: string;
  first_name: string;
  last_name: string;
  henkilotunnus: string | null;
  birth_date: DateColumn | null;
  birth_year: number | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  municipality: string | null;
  preferred_language: ColumnType<string, string | undefined, string>;
  education_level: string | null;
  education_notes: string | null;
  work_history: string | null;
  diagnosis_group: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
};

export type EpisodeTable = {
  id: Generated<string>;
  client_id: string;
  organisation_id: string;
  referral_date: DateColumn;
  referral_source: string;
  referrer_name: string | null;
  referred_by_user_id: string | null;
  referral_decision: ColumnType<string, string | undefined, string>;
  decision_date: DateColumn | null;
  decline_reason: string | null;
  decline_note: string | null;
  situation_at_start: string;
  agreement_date: DateColumn | null;
  on_hold: ColumnType<boolean, boolean | undefined, boolean>;
  on_hold_since: DateColumn | null;
  closure_date: DateColumn | null;
  closure_reason: string | null;
  closure_note: string | null;
  previous_episode_id: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
};

export type EpisodeAssignmentTable = {
  id: Generated<string>;
  episode_id: string;
  coach_user_id: string | null;
  ips_team_id: string;
  treatment_team_id: string | null;
  valid_from: ColumnType<Date, Date | string | undefined, Date | string>;
  valid_to: Timestamp | null;
  assigned_by: string;
};

export type ConsentTable = {
  id: Generated<string>;
  client_id: string;
  scope: string;
  target_team_id: string | null;
  target_organisation_id: string | null;
  given_on: DateColumn;
  method: string;
  valid_until: DateColumn | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  withdrawn_on: DateColumn | null;
  withdrawal_recorded_by: string | null;
  withdrawal_note: string | null;
};

export type EpisodeDocumentTable = {
  id: Generated<string>;
  episode_id: string;
  kind: string;
  version: number;
  content: Json;
  created_by: string;
  created_at: CreatedAt;
};

/** Files kept with a client (0014): bytes in the database, removal soft. */
export type ClientAttachmentTable = {
  id: Generated<string>;
  client_id: string;
  organisation_id: string;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  uploaded_at: CreatedAt;
  removed_at: Timestamp | null;
  removed_by: string | null;
};

export type ActivityTable = {
  id: Generated<string>;
  organisation_id: string;
  client_id: string | null;
  episode_id: string | null;
  author_user_id: string;
  occurred_at: Timestamp;
  duration_minutes: number;
  type: string;
  mode: string;
  place: string;
  participants: ColumnType<string[], string[] | undefined, string[]>;
  purposes: string[];
  employer_id: string | null;
  job_id: string | null;
  appointment_id: string | null;
  notes: string | null;
  shared_with_treatment_team: ColumnType<boolean, boolean | undefined, boolean>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Updated;
  retracted_at: Timestamp | null;
  retracted_by: string | null;
  retraction_reason: string | null;
};

export type ActivityRevisionTable = {
  activity_id: string;
  version: number;
  content: Json;
  edited_by: string;
  edited_at: CreatedAt;
};

export type AppointmentTable = {
  id: Generated<string>;
  organisation_id: string;
  owner_user_id: string;
  client_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string;
  location: string | null;
  purpose: string;
  status: ColumnType<string, string | undefined, string>;
  cancel_reason: string | null;
  series_id: ColumnType<string | null, string | null | undefined, string | null>;
  occurrence_date: ColumnType<DateColumn | null, DateColumn | null | undefined, DateColumn | null>;
  job_lead_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
};

/** A repeating appointment's rule (migration 0019); its meetings are appointment rows. */
export type AppointmentSeriesTable = {
  id: Generated<string>;
  organisation_id: string;
  owner_user_id: string;
  rule: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
};

export type CalendarFeedTable = {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
};

export type WorkTrialTable = {
  id: Generated<string>;
  episode_id: string;
  employer_id: string;
  tasks: string;
  start_date: DateColumn;
  end_date: DateColumn | null;
  hours_per_week: Numeric | null;
  arranged_by: string | null;
  notes: string | null;
  created_by: string;
  created_at: CreatedAt;
};

export type JobTable = {
  id: Generated<string>;
  episode_id: string;
  employer_id: string;
  title: string;
  occupation_code: string | null;
  occupation: string | null;
  start_date: DateColumn;
  end_date: DateColumn | null;
  hours_per_week: Numeric | null;
  hourly_wage: Numeric | null;
  contract_type: string;
  wage_subsidy: ColumnType<boolean, boolean | undefined, boolean>;
  set_aside: ColumnType<boolean, boolean | undefined, boolean>;
  found_with_coach: ColumnType<boolean, boolean | undefined, boolean>;
  end_reason: string | null;
  end_learned_on: DateColumn | null;
  work_trial_id: string | null;
  notes: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
};

export type StudyTable = {
  id: Generated<string>;
  episode_id: string;
  institution: string;
  programme: string;
  level: string | null;
  start_date: DateColumn;
  end_date: DateColumn | null;
  outcome: string | null;
  notes: string | null;
  created_by: string;
  created_at: CreatedAt;
};
