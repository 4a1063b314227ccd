import { sql } from "kysely";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Executor } from "../platform/db/transaction.ts";

type Shown = { id: string; organisationId: string };

/**
 * Audits one read of the coach's to-do list as `todo.viewed`, naming only the clients whose
 * items were shown (with their name), one entry per controller organisation.
 *
 * Why not every caseload client on every read: the list sits on the coach's home, so each home
 * visit wrote a read into every caseload client's "who has seen this record" (the client's use
 * log, audit-search/client-record-use.ts), ten a day, burying the reads that matter to the client
 * (someone opening the record). What a list read discloses is the names on it: a client with no
 * item shown was not seen. And a read that shows the same clients as the coach's previous list
 * read of the same day in that organisation discloses nothing new, so it is not written again:
 * the use log still says who saw the client's items and on which day, and any change in who is
 * shown writes a new entry at once. Reading the coach's own entries of today is a short scan of
 * audit_event_actor_idx.
 */
export async function recordTodoRead(
  trx: Executor,
  actorUserId: string,
  shown: readonly Shown[],
  today: string,
): Promise<void> {
  const byOrganisation = new Map<string | null, string[]>();
  for (const c of shown)
    byOrganisation.set(c.organisationId, [...(byOrganisation.get(c.organisationId) ?? []), c.id]);
  if (byOrganisation.size === 0) byOrganisation.set(null, []);
  for (const [organisationId, ids] of byOrganisation) {
    const clientIds = [...new Set(ids)].sort();
    const previous = await trx
      .selectFrom("audit_event")
      .select(sql<string[]>`details -> 'clientIds'`.as("client_ids"))
      .where("actor_user_id", "=", actorUserId)
      .where("event_type", "=", "todo.viewed")
      .where("organisation_id", organisationId === null ? "is" : "=", organisationId)
      .where("occurred_at", ">=", sql<Date>`(${today}::date)::timestamp at time zone 'Europe/Helsinki'`)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    if (previous && sameIds(previous.client_ids, clientIds)) continue;
    await recordAuditEvent(trx, {
      eventType: "todo.viewed",
      actorUserId,
      organisationId,
      details: { clientIds },
    });
  }
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((id, i) => id === b[i]);
