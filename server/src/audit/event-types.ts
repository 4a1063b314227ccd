import type { AuditEventType } from "../../../core/audit/event-types.ts";

export { type AuditEventType, auditEventTypes } from "../../../core/audit/event-types.ts";

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
