import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { hashFeedToken, newFeedToken } from "./feed-token.ts";

/**
 * Creates the caller's calendar feed, or rotates it: the old URL stops working in the same
 * transaction. The URL holds the secret and is returned this once.
 */
export function createCalendarFeed(
  database: Database,
  actor: Actor,
  publicUrl: string,
): Promise<{ url: string; createdAt: string }> {
  const token = newFeedToken();
  return inTransaction(database, async (trx) => {
    const revoked = await trx
      .updateTable("calendar_feed")
      .set({ revoked_at: new Date() })
      .where("user_id", "=", actor.userId)
      .where("revoked_at", "is", null)
      .returning("id")
      .execute();
    const feed = await trx
      .insertInto("calendar_feed")
      .values({ user_id: actor.userId, token_hash: hashFeedToken(token) })
      .returning(["id", "created_at"])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      eventType: "calendar_feed.created",
      actorUserId: actor.userId,
      targetType: "calendar_feed",
      targetId: feed.id,
      details: { rotated: revoked.map((r) => r.id) },
    });
    return {
      url: `${publicUrl.replace(/\/$/, "")}/api/calendar/${token}`,
      createdAt: new Date(feed.created_at).toISOString(),
    };
  });
}
