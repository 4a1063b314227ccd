import type { EpisodeDocumentKind } from "../../../core/documents/codes.ts";
import type { Actor } from "../access/actor.ts";
import type { GatedClient } from "../access/gated-client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { openEpisodeOf } from "../episodes/open-episode-of.ts";
import type { Trx } from "../platform/db/transaction.ts";
import { planVersionOf, planVersionsOf } from "./plan-query.ts";

/**
 * Holds the client's episode documents still until the transaction ends: a use case that decides
 * from the latest version (confirming it) takes this before reading it, so two at once cannot both
 * act on the same version.
 */
export async function lockClientDocuments(trx: Trx, client: GatedClient): Promise<void> {
  await trx.selectFrom("client").select("id").where("id", "=", client.clientId).forUpdate().execute();
}

/**
 * Stores content as the next version of an episode document (a plan or the cooperation
 * agreement) on the client's open episode, audited as `document.saved`. Earlier versions stay as
 * they were: a correction is a new version. Returns the stored row.
 */
export async function insertDocumentVersion(
  trx: Trx,
  actor: Actor,
  client: GatedClient,
  kind: EpisodeDocumentKind,
  content: Record<string, unknown>,
) {
  const episodeId = await openEpisodeOf(trx, client);
  // Numbering runs across episodes, which the unique index cannot guard: serialise per client.
  await lockClientDocuments(trx, client);
  const newest = await planVersionsOf(trx, client, kind).limit(1).executeTakeFirst();
  const version = (newest?.version ?? 0) + 1;
  await trx
    .insertInto("episode_document")
    .values({
      episode_id: episodeId,
      kind,
      version,
      content: JSON.stringify(content),
      created_by: actor.userId,
    })
    .execute();
  await recordAuditEvent(trx, {
    eventType: "document.saved",
    actorUserId: actor.userId,
    organisationId: client.organisationId,
    targetType: "client",
    targetId: client.clientId,
    details: { kind, version, episodeId },
  });
  const saved = await planVersionOf(trx, client, kind, version);
  if (!saved) throw new Error("the saved document version is missing");
  return saved;
}
