import type { Actor } from "../access/actor.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";

/** Turns the caller's calendar feed off; its URL answers "not found" from now on. */
export function revokeCalendarFeed(
  database: Database,
  actor: Actor,
): Promise<{ active: false; createdAt: null }> {
  return inTransaction(database, async (trx) => {
    const revoked = await trx
      .updateTable("calendar_feed")
      .set({ revoked_at: new Date() })
      .where("user_id", "=", actor.userId)
      .where("revoked_at", "is", null)
      .returning("id")
      .execute();
    for (const feed of revoked) {
      await recordAuditEvent(trx, {
        eventType: "calendar_feed.revoked",
        actorUserId: actor.userId,
        targetType: "calendar_feed",
        targetId: feed.id,
      });
    }
    return { active: false, createdAt: null };
  });
}
