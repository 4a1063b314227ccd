import type { ColumnType, Generated } from "kysely";

/** Kysely table types; they mirror server/migrations/*.sql and change with them. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export type UserTable = {
  id: string;
  name: string;
  email: string;
  emailVerified: ColumnType<boolean, boolean | undefined, boolean>;
  image: string | null;
  createdAt: CreatedAt;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  twoFactorEnabled: ColumnType<boolean, boolean | undefined, boolean>;
  locale: ColumnType<"fi" | "sv" | "en", "fi" | "sv" | "en" | undefined, "fi" | "sv" | "en">;
  platformAdmin: ColumnType<boolean, boolean | undefined, boolean>;
  deactivatedAt: Timestamp | null;
};

export type SessionTable = {
  id: string;
  expiresAt: Timestamp;
  token: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
};

export type AccountTable = {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: Timestamp | null;
  refreshTokenExpiresAt: Timestamp | null;
  scope: string | null;
  password: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type TwoFactorTable = {
  id: string;
  secret: string;
  backupCodes: string;
  userId: string;
  verified: boolean | null;
  failedVerificationCount: number | null;
  lockedUntil: Timestamp | null;
};

export type AppSettingTable = {
  key: string;
  value: string;
  created_at: CreatedAt;
};

export type OrganisationTable = {
  id: Generated<string>;
  name: string;
  type: string;
  require_two_factor: ColumnType<boolean, boolean | undefined, boolean>;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type TeamTable = {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  kind: string;
  archived_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type MembershipTable = {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  team_id: string | null;
  role: string;
  /** numeric(3,2) comes back as a string from both drivers. */
  fte: ColumnType<string | null, number | null | undefined, number | null>;
  valid_from: ColumnType<Date, Date | string | undefined, Date | string>;
  valid_to: Timestamp | null;
};

export type AuditEventTable = {
  seq: number;
  occurred_at: Timestamp;
  event_type: string;
  outcome: string;
  actor_user_id: string | null;
  organisation_id: string | null;
  target_type: string | null;
  target_id: string | null;
  details: Json;
  prev_hash: string;
  hash: string;
};

/** A date column (YYYY-MM-DD); both drivers are set to return dates as strings. */
type DateColumn = string;
type Numeric = ColumnType<string, number | string, number | string>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;

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
  created_by: string;
  created_at: CreatedAt;
  updated_at: Updated;
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

export type CalendarFeedTable = {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
};

export type DB = {
  client: ClientTable;
  episode: EpisodeTable;
  episode_assignment: EpisodeAssignmentTable;
  consent: ConsentTable;
  episode_document: EpisodeDocumentTable;
  employer: EmployerTable;
  employer_contact_person: EmployerContactPersonTable;
  employer_contact: EmployerContactTable;
  employer_contact_client: EmployerContactClientTable;
  job_lead: JobLeadTable;
  job_lead_candidate: JobLeadCandidateTable;
  job_lead_event: JobLeadEventTable;
  work_trial: WorkTrialTable;
  job: JobTable;
  study: StudyTable;
  appointment: AppointmentTable;
  activity: ActivityTable;
  activity_revision: ActivityRevisionTable;
  calendar_feed: CalendarFeedTable;
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  twoFactor: TwoFactorTable;
  app_setting: AppSettingTable;
  organisation: OrganisationTable;
  team: TeamTable;
  membership: MembershipTable;
  audit_event: AuditEventTable;
};
