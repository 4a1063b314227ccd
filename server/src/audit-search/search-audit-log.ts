import type { z } from "zod";
import { auditEventTypesMatching } from "../../../core/audit/describe-event.ts";
import type { auditPage, auditQuery } from "../../../core/contracts/audit.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { loadAuditNames } from "./audit-names.ts";
import { seqWindow } from "./audit-rows.ts";
import { organisationLogPage } from "./organisation-log-page.ts";
import { presentAuditEntry } from "./present-audit-entry.ts";
import { staffNamed } from "./staff-named.ts";

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditPage = z.infer<typeof auditPage>;

/**
 * Someone who may read the organisation's audit log (`audit.read`) searches it, newest first:
 * by a staff member's name, by words of the event's name in their own language, by dates. The
 * rows come back in words (present-audit-entry.ts). The search itself is audited.
 */
export async function searchAuditLog(
  database: Database,
  actor: Actor,
  organisationId: string,
  query: AuditQuery,
): Promise<AuditPage> {
  requireOrganisation(actor, "audit.read", organisationId);
  return inTransaction(database, async (trx) => {
    const personIds = query.person ? await staffNamed(trx, organisationId, query.person) : null;
    const eventTypes = query.event ? auditEventTypesMatching(actor.locale, query.event) : null;
    const nothing = personIds?.length === 0 || eventTypes?.length === 0;
    const window = await seqWindow(trx, query);
    const rows = nothing
      ? []
      : await organisationLogPage(trx, organisationId, { personIds, eventTypes }, window, query.limit + 1);
    await recordAuditEvent(trx, {
      eventType: "audit.searched",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { filters: Object.keys(query).filter((k) => k !== "limit") },
    });
    const page = rows.slice(0, query.limit);
    const names = await loadAuditNames(
      trx,
      actor,
      { organisationId, people: "organisation", clients: "gate" },
      page,
    );
    return {
      events: page.map((row) => presentAuditEntry(actor.locale, row, names)),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.seq ?? null) : null,
    };
  });
}
