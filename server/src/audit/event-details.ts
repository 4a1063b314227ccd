import { z } from "zod";
import type { AuditEventType } from "./event-types.ts";

/*
 * The shape of `details` for every audit event type. Details hold ids, field names, codes, counts
 * and flags only, never names, health data or free text about a person (Act 703/2023 use log;
 * ADR 0004), so the building blocks below refuse spaces. Objects are strict: a detail that is
 * not declared here throws when written, so tests fail before an unreviewed field reaches the log.
 */
const id = z.string().min(1).max(100);
const code = z
  .string()
  .max(200)
  .regex(/^[\w.:/{}+-]*$/, "codes and ids only");
const ids = z.array(id);
const fields = z.array(code);
const count = z.number().int().min(0);
const none = z.strictObject({});
const maybeId = id.nullable().optional();
const changed = z.strictObject({ changed: fields });
const access = code;

/** Denials: a reason code, plus the ids and codes that say what was refused (ADR 0006). */
const denied = z
  .object({ reason: code })
  .catchall(z.union([code, z.number(), z.boolean(), z.null(), z.array(code)]));

export const auditDetailsSchemas = {
  "auth.sign_in.succeeded": z.strictObject({ factors: z.array(code) }),
  "auth.sign_in.failed": z.strictObject({ reason: code }),
  "auth.sign_in.rate_limited": z.strictObject({ path: code }),
  "auth.sign_in.two_factor_required": none,
  "auth.sign_out": none,
  "auth.sessions.revoked": none,
  "auth.password.changed": none,
  "auth.two_factor.enabled": none,
  "auth.two_factor.disabled": none,
  "auth.two_factor.verified": z.strictObject({ method: code }),
  "auth.two_factor.failed": z.strictObject({ method: code, reason: code.optional() }),
  "auth.two_factor.backup_code_used": z.strictObject({ method: code }),
  "access.denied": denied,
  "organisation.created": z.strictObject({ type: code, firstAdminUserId: id }),
  "organisation.updated": changed,
  "organisation.viewed": none,
  "team.created": z.strictObject({ kind: code }),
  "team.updated": changed,
  "team.listed": none,
  "user.created": none,
  "user.updated": changed,
  // An organisation ends its own roles (the account stays when the person works elsewhere); a
  // platform admin closes the account everywhere (ADR 0006 amendments).
  "user.deactivated": z.union([
    z.strictObject({
      scope: z.literal("organisation"),
      account: z.enum(["deactivated", "kept_for_other_organisations"]),
    }),
    z.strictObject({ scope: z.literal("everywhere"), reason: code, endedSessions: count }),
  ]),
  "user.reactivated": z.strictObject({ scope: z.enum(["organisation", "everywhere"]) }),
  "user.listed": z.strictObject({ count }),
  "membership.granted": z.strictObject({
    membershipId: id,
    role: code,
    teamId: maybeId,
    fte: z.number().nullable().optional(),
  }),
  "membership.ended": z.strictObject({ membershipId: id, role: code, teamId: maybeId }),
  "audit.searched": z.strictObject({ filters: fields }),
  "client.created": z.strictObject({ episodeId: id, source: code }),
  "client.viewed": z.strictObject({ access, section: code.optional() }),
  "client.searched": z.strictObject({ byText: z.boolean(), phase: code.nullable(), clientIds: ids }),
  "client.updated": changed,
  "client.duplicates_checked": z.strictObject({ found: count, matchedClientIds: ids }),
  // Who has seen this record: the page of the client's use log that was shown.
  "client.record_use_viewed": z.strictObject({ entries: count }),
  "caseload.viewed": z.strictObject({ clientIds: ids, teamIds: ids.optional() }),
  "todo.viewed": z.strictObject({ clientIds: ids }),
  "todo.snoozed": z.strictObject({ key: code, until: code }),
  "todo.unsnoozed": z.strictObject({ key: code }),
  "episode.opened": z.strictObject({ episodeId: id, previousEpisodeId: maybeId }),
  "episode.referral_decided": z.strictObject({ episodeId: id, decision: code, reason: code.optional() }),
  "episode.agreement_recorded": z.strictObject({ episodeId: id, agreementDate: code }),
  "episode.on_hold_changed": z.strictObject({ episodeId: id, onHold: z.boolean() }),
  "episode.closed": z.strictObject({ episodeId: id, reason: code }),
  "episode.reassigned": z.strictObject({
    episodeId: id,
    ipsTeamId: maybeId,
    coachUserId: maybeId,
    treatmentTeamId: maybeId,
  }),
  "consent.granted": z.strictObject({ consentId: id, scope: code }),
  "consent.withdrawn": z.strictObject({ consentId: id }),
  "document.saved": z.strictObject({ kind: code, version: count, episodeId: maybeId }),
  "document.viewed": z.strictObject({
    kind: code,
    version: count.nullable().optional(),
    purpose: code.optional(),
    employerId: id.optional(),
  }),
  "document.confirmed": z.strictObject({ kind: code, version: count, method: code, consentIds: ids }),
  "document.printed": z.strictObject({ kind: code, version: count.nullable(), language: code }),
  "attachment.uploaded": z.strictObject({ attachmentId: id, kind: code, mediaType: code, sizeBytes: count }),
  "attachment.listed": z.strictObject({ attachmentIds: ids }),
  "attachment.downloaded": z.strictObject({ attachmentId: id }),
  "attachment.removed": z.strictObject({ attachmentId: id }),
  "activity.recorded": z.strictObject({ activityId: id, type: code, appointmentId: maybeId }),
  "activity.edited": z.strictObject({ activityId: id, version: count, changed: fields }),
  "activity.retracted": z.strictObject({ activityId: id }),
  "activity.listed": z.union([
    z.strictObject({ access, activityIds: ids }),
    z.strictObject({ activityId: id, revisions: z.array(count) }),
  ]),
  "appointment.created": z.strictObject({
    clientId: maybeId,
    occurrences: count.optional(),
    leadId: maybeId,
  }),
  "appointment.updated": z.strictObject({
    changed: fields,
    clientId: maybeId,
    occurrences: count.optional(),
    // The clients of the series' other meetings the change touched (appointment-series.ts).
    clientIds: ids.optional(),
  }),
  "appointment.cancelled": z.strictObject({
    clientId: maybeId,
    occurrences: count.optional(),
    clientIds: ids.optional(),
  }),
  "appointment.held": z.strictObject({ activityId: id, clientId: maybeId }),
  "appointment.listed": z.union([
    z.strictObject({ access, count }),
    z.strictObject({ from: code, to: code, clientIds: ids }),
  ]),
  "calendar_feed.created": z.strictObject({ rotated: ids }),
  "calendar_feed.revoked": none,
  "calendar_feed.read": z.strictObject({ feedId: id, events: count, clientIds: ids.optional() }),
  "job.recorded": z.strictObject({ jobId: id, episodeId: id, employerId: maybeId, workTrialId: maybeId }),
  "job.updated": z.strictObject({
    jobId: id,
    fields: fields.optional(),
    ended: z.literal(true).optional(),
    endReason: code.nullable().optional(),
  }),
  "work_trial.recorded": z.strictObject({ workTrialId: id, episodeId: id, employerId: maybeId }),
  "work_trial.updated": z.strictObject({ workTrialId: id, fields }),
  "study.recorded": z.strictObject({ studyId: id, episodeId: id }),
  "study.updated": z.strictObject({ studyId: id, fields }),
  "employer.created": z.strictObject({ fields }),
  "employer.updated": z.strictObject({ fields }),
  "employer.listed": none,
  "employer.viewed": z.strictObject({ contactPersonIds: ids.optional(), view: code.optional() }),
  "employer.archived": z.strictObject({ archived: z.boolean() }),
  "employer.imported": z.strictObject({ count }),
  "employer.exported": z.strictObject({ count }),
  "contact_person.added": z.strictObject({ employerId: id, fields }),
  "contact_person.updated": z.strictObject({ employerId: id, fields, archived: z.boolean().optional() }),
  "employer_contact.recorded": z.strictObject({
    employerId: id,
    clientIds: ids,
    faceToFace: z.boolean(),
    disclosureWarnings: z.array(z.strictObject({ clientId: id, reason: code })),
  }),
  "employer_contact.listed": z.strictObject({ contactIds: ids, clientIdsNamed: ids }),
  "employer_contact.retracted": none,
  "job_lead.created": z.strictObject({ employerId: id, advertised: z.boolean(), sourceContactId: maybeId }),
  "job_lead.updated": z.strictObject({ fields, status: code }),
  "job_lead.viewed": z.strictObject({ clientIdsNamed: ids, leadIds: ids.optional() }),
  "job_lead.candidate_added": z.strictObject({ leadId: id, employerId: id }),
  "job_lead.candidate_stage_changed": z.strictObject({
    leadId: id,
    stage: code,
    leadStatus: code,
    jobId: maybeId,
  }),
  "job_lead.suggestions_viewed": z.strictObject({ clientIds: ids }),
  "weekly_picture.viewed": z.strictObject({ weeks: count, coachUserIds: ids, teamIds: ids }),
  "outcomes.exported": z.strictObject({
    level: code,
    scopeId: id,
    format: z.enum(["csv", "xlsx", "pdf"]),
    ruleSet: code,
    quarter: code,
  }),
  "comparison_cohort.created": z.strictObject({
    cohortId: id,
    kind: z.enum(["aggregate", "rows"]),
    periods: count,
  }),
  "comparison_cohort.listed": z.strictObject({ count }),
  "outcomes.compared": z.strictObject({
    teamId: id,
    cohortId: id,
    ruleSet: code,
    from: code,
    to: code,
    situation: code.nullable(),
  }),
  "profile.updated": changed,
  "network.created": z.strictObject({ kind: code }),
  "network.evaluator_added": z.strictObject({ networkId: id, evaluatorId: id }),
  // Who was looked for stays out: an e-mail address is personal data (ADR 0004); `method` says how.
  "network.evaluator_add_failed": z.strictObject({
    networkId: id,
    method: z.enum(["email", "account_id"]),
    reason: code,
  }),
  "network.evaluator_removed": z.strictObject({ networkId: id, evaluatorId: id }),
  "network.evaluators_listed": z.strictObject({ networkId: id, count }),
  // Which networks were read: a repeat of the same list within an hour is not written again.
  "network.listed": z.strictObject({
    count,
    networkIds: ids.optional(),
    agreementsInForce: count.optional(),
  }),
  "network.joined": z.strictObject({ membershipId: id, agreedOn: code }),
  "network.membership_ended": z.strictObject({ membershipId: id, endedOn: code }),
  // Which organisations' figures were shown, for which quarter and rule set (ids and codes only).
  "network.outcomes_viewed": z.strictObject({
    quarter: code,
    ruleSet: code,
    quarters: count,
    organisationIds: ids,
  }),
  "admin.created_by_cli": z.strictObject({ platformAdmin: z.boolean(), organisationCreated: z.boolean() }),
  "demo.seeded": none,
  // The synthetic dataset generator (issue 9): its options and the rows it wrote per table.
  "dataset.generated": z.strictObject({
    seed: z.number().int(),
    years: count,
    clients: count,
    organisations: count,
    anchor: code,
    counts: z.record(code, count),
  }),
  "outcomes.viewed": z.strictObject({
    level: code,
    scopeId: id,
    ruleSet: code,
    ruleSetVersion: count,
    quarter: code,
    quarters: count,
  }),
  "outcomes.clients_viewed": z.strictObject({
    teamId: id,
    coachUserId: maybeId,
    metric: code,
    ruleSet: code,
    ruleSetVersion: count,
    quarter: code,
    clientIds: ids,
  }),
  "supervision.agenda_viewed": z.strictObject({ teamId: id, clientIds: ids }),
  "activity.review_listed": z.strictObject({ teamIds: ids, activityIds: ids, clientIds: ids }),
} satisfies Record<AuditEventType, z.ZodType>;

export class AuditDetailsError extends Error {}

/**
 * Throws when `details` do not match the event type's schema. The message names the event type
 * and the offending paths only, never the values (they could be personal data).
 */
export function checkAuditDetails(eventType: AuditEventType, details: unknown): void {
  const result = auditDetailsSchemas[eventType].safeParse(details);
  if (result.success) return;
  const paths = result.error.issues.map((i) => `${i.path.join(".") || "(details)"}: ${i.code}`);
  throw new AuditDetailsError(`Audit details of ${eventType} do not match its schema (${paths.join("; ")}).`);
}
