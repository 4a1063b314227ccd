import type { z } from "zod";
import type { auditPage, auditQuery } from "../../../core/contracts/platform.ts";
import type { Actor } from "../access/actor.ts";
import { requireOrganisation } from "../access/gate.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditPage = z.infer<typeof auditPage>;

/**
 * An organisation admin searches their organisation's audit log, newest first. The search
 * itself is audited too.
 */
export async function searchAuditLog(
  database: Database,
  actor: Actor,
  organisationId: string,
  query: AuditQuery,
): Promise<AuditPage> {
  requireOrganisation(actor, "audit.read", organisationId);
  return inTransaction(database, async (trx) => {
    let q = trx
      .selectFrom("audit_event as a")
      .leftJoin("user as u", "u.id", "a.actor_user_id")
      .select([
        "a.seq",
        "a.occurred_at",
        "a.event_type",
        "a.outcome",
        "a.actor_user_id",
        "u.name as actor_name",
        "a.organisation_id",
        "a.target_type",
        "a.target_id",
        "a.details",
      ])
      // The organisation's own events, plus its staff's sign-in and profile events, which belong
      // to no organisation when recorded.
      .where((eb) =>
        eb.or([
          eb("a.organisation_id", "=", organisationId),
          eb.and([
            eb("a.organisation_id", "is", null),
            eb.exists(
              eb
                .selectFrom("membership as m")
                .select("m.id")
                .whereRef("m.user_id", "=", "a.actor_user_id")
                .where("m.organisation_id", "=", organisationId),
            ),
          ]),
        ]),
      );
    if (query.actorUserId) q = q.where("a.actor_user_id", "=", query.actorUserId);
    if (query.targetId) q = q.where("a.target_id", "=", query.targetId);
    if (query.eventType) q = q.where("a.event_type", "=", query.eventType);
    if (query.from) q = q.where("a.occurred_at", ">=", new Date(query.from));
    if (query.to) q = q.where("a.occurred_at", "<", new Date(query.to));
    if (query.before) q = q.where("a.seq", "<", query.before);
    const rows = await q
      .orderBy("a.seq", "desc")
      .limit(query.limit + 1)
      .execute();
    await recordAuditEvent(trx, {
      eventType: "audit.searched",
      actorUserId: actor.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: { filters: Object.keys(query).filter((k) => k !== "limit") },
    });
    const page = rows.slice(0, query.limit);
    return {
      events: page.map((r) => ({
        seq: r.seq,
        occurredAt: new Date(r.occurred_at).toISOString(),
        eventType: r.event_type,
        outcome: r.outcome as "success" | "denied" | "failure",
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        organisationId: r.organisation_id,
        targetType: r.target_type,
        targetId: r.target_id,
        details: r.details,
      })),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.seq ?? null) : null,
    };
  });
}
