import type {
  ActivityRevisionTable,
  ActivityTable,
  AppointmentSeriesTable,
  AppointmentTable,
  CalendarFeedTable,
  ClientAttachmentTable,
  ClientTable,
  ConsentTable,
  EpisodeAssignmentTable,
  EpisodeDocumentTable,
  EpisodeTable,
  JobTable,
  StudyTable,
  WorkTrialTable,
} from "./tables/clients.ts";
import type { ComparisonCohortCountTable, ComparisonCohortTable } from "./tables/comparisons.ts";
import type {
  EmployerContactClientTable,
  EmployerContactPersonTable,
  EmployerContactTable,
  EmployerTable,
  JobLeadCandidateTable,
  JobLeadEventTable,
  JobLeadTable,
} from "./tables/employers.ts";
import type {
  NetworkEvaluatorTable,
  NetworkMembershipTable,
  OutcomeNetworkQuarterTable,
  OutcomeOrgQuarterTable,
  OutcomeRefreshQueueTable,
  OutcomeTeamQuarterTable,
  ReportingNetworkTable,
} from "./tables/networks.ts";
import type { ActivityIdempotencyTable, SessionOfflineKeyTable } from "./tables/offline.ts";
import type {
  AccountTable,
  AppSettingTable,
  AuditChainTable,
  AuditEventTable,
  MembershipTable,
  OrganisationTable,
  SessionTable,
  TeamTable,
  TwoFactorTable,
  UserTable,
} from "./tables/platform.ts";
import type { EpisodeFactsTable } from "./tables/read-models.ts";
import type { TodoSnoozeTable } from "./tables/todo.ts";

/** The whole database as Kysely sees it; the table types live in ./tables and mirror server/migrations/*.sql. */
export type DB = {
  client: ClientTable;
  episode: EpisodeTable;
  episode_assignment: EpisodeAssignmentTable;
  consent: ConsentTable;
  episode_document: EpisodeDocumentTable;
  client_attachment: ClientAttachmentTable;
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
  appointment_series: AppointmentSeriesTable;
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
  episode_facts: EpisodeFactsTable;
  audit_chain: AuditChainTable;
  reporting_network: ReportingNetworkTable;
  network_membership: NetworkMembershipTable;
  network_evaluator: NetworkEvaluatorTable;
  outcome_team_quarter: OutcomeTeamQuarterTable;
  outcome_refresh_queue: OutcomeRefreshQueueTable;
  outcome_org_quarter: OutcomeOrgQuarterTable;
  outcome_network_quarter: OutcomeNetworkQuarterTable;
  comparison_cohort: ComparisonCohortTable;
  comparison_cohort_count: ComparisonCohortCountTable;
  todo_snooze: TodoSnoozeTable;
  activity_idempotency: ActivityIdempotencyTable;
  session_offline_key: SessionOfflineKeyTable;
};
