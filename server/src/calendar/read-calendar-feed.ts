import { buildCalendar } from "../../../core/calendar/ical.ts";
import { translate } from "../../../core/i18n/index.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { initialsOf } from "../clients/present-client.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { hashFeedToken } from "./feed-token.ts";

const DAY_MS = 86_400_000;
const PAST_DAYS = 30;
const FUTURE_DAYS = 180;

/**
 * The iCalendar text of a feed, for whoever holds its secret URL. The owner's calendar app may
 * sync to a phone or a cloud, so the feed says no more than a diary on a desk: "IPS" and the
 * client's initials, the place and the address; never a name, the purpose or notes.
 */
export function readCalendarFeed(database: Database, token: string, now = new Date()): Promise<string> {
  return inTransaction(database, async (trx) => {
    const feed = await trx
      .selectFrom("calendar_feed as f")
      .innerJoin("user as u", "u.id", "f.user_id")
      .select(["f.id", "f.user_id", "u.locale"])
      .where("f.token_hash", "=", hashFeedToken(token))
      .where("f.revoked_at", "is", null)
      .where("u.deactivatedAt", "is", null)
      // A person whose every role has ended no longer works with clients: the feed stops too.
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("membership as m")
            .select("m.id")
            .whereRef("m.user_id", "=", "f.user_id")
            .where("m.valid_to", "is", null),
        ),
      )
      .executeTakeFirst();
    if (!feed) throw notFound();
    const rows = await trx
      .selectFrom("appointment as ap")
      .leftJoin("client as c", "c.id", "ap.client_id")
      .select([
        "ap.id",
        "ap.starts_at",
        "ap.ends_at",
        "ap.place",
        "ap.location",
        "c.first_name",
        "c.last_name",
      ])
      .where("ap.owner_user_id", "=", feed.user_id)
      .where("ap.status", "<>", "cancelled")
      .where("ap.ends_at", ">", new Date(now.getTime() - PAST_DAYS * DAY_MS))
      .where("ap.starts_at", "<", new Date(now.getTime() + FUTURE_DAYS * DAY_MS))
      .orderBy("ap.starts_at")
      .execute();
    await recordAuditEvent(trx, {
      eventType: "calendar_feed.read",
      actorUserId: feed.user_id,
      targetType: "calendar_feed",
      targetId: feed.id,
      details: { events: rows.length },
    });
    return buildCalendar({
      name: translate(feed.locale, "calendar.feedName"),
      generatedAt: now,
      events: rows.map((row) => {
        const place = translate(feed.locale, `activities.places.${row.place}`);
        return {
          uid: `${row.id}@polku`,
          start: new Date(row.starts_at),
          end: new Date(row.ends_at),
          summary:
            row.first_name !== null && row.last_name !== null
              ? `IPS ${initialsOf(row.first_name, row.last_name)}`
              : "IPS",
          location: row.location ? `${place}, ${row.location}` : place,
        };
      }),
    });
  });
}
