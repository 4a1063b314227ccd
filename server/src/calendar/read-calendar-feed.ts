import { buildCalendar } from "../../../core/calendar/ical.ts";
import { translate } from "../../../core/i18n/index.ts";
import { loadActor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { recordClientReads } from "../audit/record-client-reads.ts";
import type { Database } from "../platform/db/database.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { notFound } from "../platform/http/app-error.ts";
import { feedWords, loadFeedSeries } from "./feed-series.ts";
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
    // The feed is read without a session, but never without the gate: the owner's actor as it is
    // now decides which clients show, so a client the owner lost (reassigned, closed to another
    // team, consent withdrawn) leaves the feed at its next sync.
    const owner = await loadActor(trx, feed.user_id, `calendar-feed:${feed.id}`);
    if (!owner) throw notFound();
    const window = {
      from: new Date(now.getTime() - PAST_DAYS * DAY_MS),
      to: new Date(now.getTime() + FUTURE_DAYS * DAY_MS),
    };
    const rows = await trx
      .selectFrom("appointment as ap")
      .leftJoin(
        visibleClients(trx, owner)
          .select(["client.id", "client.organisation_id", "client.first_name", "client.last_name"])
          .as("c"),
        "c.id",
        "ap.client_id",
      )
      .select([
        "ap.id",
        "ap.client_id",
        "c.id as visible_client_id",
        "c.organisation_id",
        "ap.starts_at",
        "ap.ends_at",
        "ap.place",
        "ap.location",
        "c.first_name",
        "c.last_name",
      ])
      .where("ap.owner_user_id", "=", feed.user_id)
      .where("ap.series_id", "is", null)
      .where("ap.status", "<>", "cancelled")
      .where("ap.ends_at", ">", window.from)
      .where("ap.starts_at", "<", window.to)
      .orderBy("ap.starts_at")
      .execute();
    const series = await loadFeedSeries(trx, owner, feed.locale, window);
    // Like every other read of client data, the entries name the clients the feed showed, one
    // per controller organisation.
    const shown = series.shown;
    for (const r of rows)
      if (r.visible_client_id && r.organisation_id) shown.set(r.visible_client_id, r.organisation_id);
    await recordClientReads(
      trx,
      feed.user_id,
      "calendar_feed.read",
      [...shown].map(([id, organisationId]) => ({ id, organisationId })),
      { feedId: feed.id, events: rows.length + series.events.length },
    );
    return buildCalendar({
      name: translate(feed.locale, "calendar.feedName"),
      generatedAt: now,
      events: [
        ...rows.map((row) => ({
          uid: `${row.id}@polku`,
          start: new Date(row.starts_at),
          end: new Date(row.ends_at),
          ...feedWords(row, feed.locale),
        })),
        ...series.events,
      ],
    });
  });
}
