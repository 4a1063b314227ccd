import type { EpisodeDocumentKind } from "../../../core/documents/codes.ts";
import type { GatedClient } from "../access/gated-client.ts";
import type { Executor } from "../platform/db/transaction.ts";

/**
 * Versions of one plan (or the cooperation agreement) of a gated client, newest first. Numbering runs on across the client's
 * episodes, so a returning client's earlier profile stays readable beside the new one.
 */
export function planVersionsOf(db: Executor, client: GatedClient, kind: EpisodeDocumentKind) {
  return db
    .selectFrom("episode_document as d")
    .innerJoin("episode as e", "e.id", "d.episode_id")
    .leftJoin("user as u", "u.id", "d.created_by")
    .select(["d.version", "d.created_at", "u.name as author_name"])
    .where("e.client_id", "=", client.clientId)
    .where("d.kind", "=", kind)
    .orderBy("d.version", "desc");
}

/** One version with its content, or undefined. */
export function planVersionOf(db: Executor, client: GatedClient, kind: EpisodeDocumentKind, version: number) {
  return planVersionsOf(db, client, kind)
    .select("d.content")
    .where("d.version", "=", version)
    .executeTakeFirst();
}

export type PlanVersionRow = Awaited<ReturnType<ReturnType<typeof planVersionsOf>["execute"]>>[number];
