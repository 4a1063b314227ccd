import type { z } from "zod";
import type { recordUsePage, recordUseQuery } from "../../../core/contracts/audit.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { loadAuditNames } from "./audit-names.ts";
import { seqWindow } from "./audit-rows.ts";
import { clientRecordUse } from "./client-record-use.ts";
import { presentAuditEntry } from "./present-audit-entry.ts";
import { rolesAt, rolesOfPeople } from "./roles-at.ts";

export type RecordUseQuery = z.infer<typeof recordUseQuery>;
export type RecordUsePage = z.infer<typeof recordUsePage>;

/**
 * "Who has seen this record": the client's IPS team reads who read or changed the client's data,
 * in which role and organisation, what and when, newest first. Through the client gate (the full
 * record: the team only), and audited itself.
 */
export async function listClientRecordUse(
  database: Database,
  actor: Actor,
  clientId: string,
  query: RecordUseQuery,
): Promise<RecordUsePage> {
  return withClient(database, actor, clientId, "full", async (trx, client) => {
    const window = await seqWindow(trx, { before: query.before });
    const rows = await clientRecordUse(trx, client, window, query.limit + 1);
    const page = rows.slice(0, query.limit);
    await recordAuditEvent(trx, {
      eventType: "client.record_use_viewed",
      actorUserId: actor.userId,
      organisationId: client.organisationId,
      targetType: "client",
      targetId: client.clientId,
      details: { entries: page.length },
    });
    const names = await loadAuditNames(
      trx,
      actor,
      { organisationId: client.organisationId, people: "anyone", clients: "none" },
      page,
    );
    const people = [...new Set(page.map((r) => r.actor_user_id).filter((id): id is string => id !== null))];
    const roles = await rolesOfPeople(trx, people);
    return {
      entries: page.map((row) => ({
        ...presentAuditEntry(actor.locale, row, names),
        actorRoles: rolesAt(roles.get(row.actor_user_id ?? "") ?? [], new Date(row.occurred_at)).map((r) => ({
          role: translate(actor.locale, `roles.${r.role}`),
          organisation: r.organisation,
        })),
      })),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.seq ?? null) : null,
    };
  });
}
