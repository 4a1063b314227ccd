/**
 * The closed list of audit event types. Security events, every change of organisation-scoped
 * data, and every read of personal data are written with one of these, in the same transaction.
 */
export const auditEventTypes = [
  // Sign-in and sessions
  "auth.sign_in.succeeded",
  "auth.sign_in.failed",
  "auth.sign_in.rate_limited",
  "auth.sign_in.two_factor_required",
  "auth.sign_out",
  "auth.sessions.revoked",
  "auth.password.changed",
  "auth.two_factor.enabled",
  "auth.two_factor.disabled",
  "auth.two_factor.verified",
  "auth.two_factor.failed",
  "auth.two_factor.backup_code_used",
  // Access decisions
  "access.denied",
  // Organisation administration
  "organisation.created",
  "organisation.updated",
  "organisation.viewed",
  "team.created",
  "team.updated",
  "team.listed",
  "user.created",
  "user.updated",
  "user.deactivated",
  "user.reactivated",
  "user.listed",
  "membership.granted",
  "membership.ended",
  "audit.searched",
  // Clients and episodes (every read of a client record is logged: use log, Act 703/2023)
  "client.created",
  "client.viewed",
  "client.searched",
  "client.updated",
  "client.duplicates_checked",
  "caseload.viewed",
  "episode.opened",
  "episode.referral_decided",
  "episode.agreement_recorded",
  "episode.on_hold_changed",
  "episode.closed",
  "episode.reassigned",
  "consent.granted",
  "consent.withdrawn",
  "document.saved",
  "document.viewed",
  "document.confirmed",
  "document.printed",
  "attachment.uploaded",
  "attachment.listed",
  "attachment.downloaded",
  "attachment.removed",
  // Documentation and calendar
  "activity.recorded",
  "activity.edited",
  "activity.retracted",
  "activity.listed",
  "appointment.created",
  "appointment.updated",
  "appointment.cancelled",
  "appointment.held",
  "appointment.listed",
  "calendar_feed.created",
  "calendar_feed.revoked",
  "calendar_feed.read",
  // Work, trials and studies
  "job.recorded",
  "job.updated",
  "work_trial.recorded",
  "work_trial.updated",
  "study.recorded",
  "study.updated",
  "employer.created",
  "employer.updated",
  "employer.listed",
  "employer.viewed",
  "employer.archived",
  "employer.imported",
  "employer.exported",
  "contact_person.added",
  "contact_person.updated",
  "employer_contact.recorded",
  "employer_contact.listed",
  "employer_contact.retracted",
  "job_lead.created",
  "job_lead.updated",
  "job_lead.viewed",
  "job_lead.candidate_added",
  "job_lead.candidate_stage_changed",
  "job_lead.suggestions_viewed",
  "weekly_picture.viewed",
  // Outcome exports and comparisons (issue 9)
  "outcomes.exported",
  "comparison_cohort.created",
  "comparison_cohort.listed",
  "outcomes.compared",
  // Own profile
  "profile.updated",
  // Reporting networks and their figures (issue 9)
  "network.created",
  "network.evaluator_added",
  "network.evaluator_removed",
  "network.evaluators_listed",
  "network.listed",
  "network.joined",
  "network.membership_ended",
  "network.outcomes_viewed",
  // Command line
  "admin.created_by_cli",
  "demo.seeded",
  "dataset.generated",
  // Outcome figures (issue 9): dashboards read, and the clients behind a number
  "outcomes.viewed",
  "outcomes.clients_viewed",
] as const;

export type AuditEventType = (typeof auditEventTypes)[number];
export type AuditOutcome = "success" | "denied" | "failure";

export type AuditEntry = {
  eventType: AuditEventType;
  outcome?: AuditOutcome;
  actorUserId: string | null;
  organisationId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /**
   * Ids, field names and codes only: never names, health data or free text about a person.
   * Checked against the event type's schema in event-details.ts when written.
   */
  details?: Record<string, unknown>;
};
