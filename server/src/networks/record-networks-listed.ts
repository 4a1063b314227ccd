import { sql } from "kysely";
import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Executor } from "../platform/db/transaction.ts";

/** How long one `network.listed` entry stands for the same person reading the same networks again. */
export const NETWORKS_LISTED_WINDOW_MINUTES = 60;

/**
 * Audits that a person read a list of reporting networks (names and member counts, no client
 * data), unless their latest such entry for the same organisation (or none) named the same
 * networks (and, on an organisation's list, as many agreements in force) less than an hour ago: the outcome pages ask for the list on every visit and refetch,
 * and the log should say when something new was read, not each page load. A different set of
 * networks, or an agreement made or ended, is written at once.
 */
export async function recordNetworksListed(
  trx: Executor,
  actor: Actor,
  networkIds: readonly string[],
  organisationId: string | null,
  agreementsInForce?: number,
): Promise<void> {
  const details = {
    count: networkIds.length,
    networkIds: [...networkIds].sort(),
    ...(agreementsInForce === undefined ? {} : { agreementsInForce }),
  };
  // The newest entry is found through audit_event_own_type_idx (no organisation) or
  // audit_event_org_type_idx (an organisation's list), both keyed by event type, newest first.
  const latest = await trx
    .selectFrom("audit_event")
    .select([
      "details",
      sql<boolean>`occurred_at > now() - make_interval(mins => ${NETWORKS_LISTED_WINDOW_MINUTES})`.as(
        "recent",
      ),
    ])
    .where("actor_user_id", "=", actor.userId)
    .where("event_type", "=", "network.listed")
    .$if(organisationId === null, (q) => q.where("organisation_id", "is", null))
    .$if(organisationId !== null, (q) => q.where("organisation_id", "=", organisationId ?? ""))
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest?.recent && sameDetails(latest.details, details)) return;
  await recordAuditEvent(trx, {
    eventType: "network.listed",
    actorUserId: actor.userId,
    ...(organisationId ? { organisationId, targetType: "organisation", targetId: organisationId } : {}),
    details,
  });
}

function sameDetails(before: unknown, now: Record<string, unknown>): boolean {
  const b = (before ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(now)]);
  return [...keys].every((k) => JSON.stringify(b[k]) === JSON.stringify(now[k]));
}
