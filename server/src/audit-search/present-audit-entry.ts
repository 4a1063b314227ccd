import type { z } from "zod";
import {
  type AuditNames,
  auditEventName,
  describeAuditDetails,
  describeAuditTarget,
} from "../../../core/audit/describe-event.ts";
import { auditWord } from "../../../core/audit/messages/index.ts";
import type { auditEntry } from "../../../core/contracts/audit.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { AuditRow } from "./audit-rows.ts";

export type AuditEntryView = z.infer<typeof auditEntry>;

/** An audit row in the reader's words: names where the reader may see them, never an id. */
export function presentAuditEntry(locale: Locale, row: AuditRow, names: AuditNames): AuditEntryView {
  const actorName =
    row.actor_user_id === null
      ? (auditWord(locale, "values", "system") ?? "")
      : (names.person(row.actor_user_id) ?? auditWord(locale, "values", "unknownPerson") ?? "");
  return {
    seq: row.seq,
    occurredAt: new Date(row.occurred_at).toISOString(),
    eventType: row.event_type,
    eventName: auditEventName(locale, row.event_type),
    outcome: row.outcome as AuditEntryView["outcome"],
    actorName,
    target: describeAuditTarget(locale, row.target_type, row.target_id, names),
    details: describeAuditDetails(locale, row.details, names),
  };
}
