import type { Actor } from "../access/actor.ts";
import type { GatedClient } from "../access/gated-client.ts";
import { withClient } from "../access/with-client.ts";
import type { AuditEventType } from "../audit/event-types.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadClientRecord } from "../clients/load-client-record.ts";
import type { ClientRecordView } from "../clients/present-client.ts";
import type { Database } from "../platform/db/database.ts";
import type { Trx } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";

export type EpisodeRecord = {
  id: string;
  organisation_id: string;
  referral_date: string;
  referral_decision: string;
  agreement_date: string | null;
  closure_date: string | null;
  on_hold: boolean;
};

/** An episode loaded for a gated client: changes key their SQL by its id and `client`'s id. */
export type GatedEpisode = EpisodeRecord & { client: GatedClient };

/**
 * The shared frame of every episode change: the client gate (full record), the episode of that
 * client, the change, its audit entry, and the updated record, in one transaction. The change gets
 * the episode with the gated handle, so its SQL is keyed by the client that passed the gate.
 */
export function changeEpisode(
  database: Database,
  actor: Actor,
  params: { clientId: string; episodeId: string },
  today: string,
  eventType: AuditEventType,
  change: (trx: Trx, episode: GatedEpisode) => Promise<Record<string, unknown>>,
): Promise<ClientRecordView> {
  return withClient(database, actor, params.clientId, "full", async (trx, access) => {
    const episode = await trx
      .selectFrom("episode")
      .select([
        "id",
        "organisation_id",
        "referral_date",
        "referral_decision",
        "agreement_date",
        "closure_date",
        "on_hold",
      ])
      .where("id", "=", params.episodeId)
      .where("client_id", "=", access.clientId)
      .executeTakeFirst();
    if (!episode) throw notFound();
    const details = await change(trx, { ...episode, client: access });
    await recordAuditEvent(trx, {
      eventType,
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      targetType: "client",
      targetId: access.clientId,
      details: { episodeId: episode.id, ...details },
    });
    return loadClientRecord(trx, actor, access, today);
  });
}
