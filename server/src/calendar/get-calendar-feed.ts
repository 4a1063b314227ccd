import type { Actor } from "../access/actor.ts";
import type { Database } from "../platform/db/database.ts";

/** Whether the caller has an active feed and since when; never its URL (only a hash is kept). */
export async function getCalendarFeed(
  database: Database,
  actor: Actor,
): Promise<{ active: boolean; createdAt: string | null }> {
  const feed = await database.db
    .selectFrom("calendar_feed")
    .select("created_at")
    .where("user_id", "=", actor.userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return { active: feed !== undefined, createdAt: feed ? new Date(feed.created_at).toISOString() : null };
}
