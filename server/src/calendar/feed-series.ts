import type { CalendarEvent } from "../../../core/calendar/ical.ts";
import { seriesEvents } from "../../../core/calendar/series-events.ts";
import { translate } from "../../../core/i18n/index.ts";
import type { Locale } from "../../../core/i18n/locales.ts";
import type { Actor } from "../access/actor.ts";
import { visibleClients } from "../access/client-gate.ts";
import { initialsOf } from "../clients/present-client.ts";
import type { Executor } from "../platform/db/transaction.ts";

/** The columns a feed event is written from. */
export type FeedRow = {
  client_id: string | null;
  visible_client_id: string | null;
  first_name: string | null;
  last_name: string | null;
  place: string;
  location: string | null;
};

/**
 * What a feed says of an appointment: "IPS" and the client's initials, the place and the address;
 * a client the owner may no longer see keeps the slot busy, the address written for them goes.
 */
export function feedWords(row: FeedRow, locale: Locale): { summary: string; location: string } {
  const place = translate(locale, `activities.places.${row.place}`);
  const hidden = row.client_id !== null && row.visible_client_id === null;
  return {
    summary:
      row.first_name !== null && row.last_name !== null
        ? `IPS ${initialsOf(row.first_name, row.last_name)}`
        : "IPS",
    location: row.location && !hidden ? `${place}, ${row.location}` : place,
  };
}

/**
 * The owner's series with a meeting in the window, each as one repeating event with its EXDATEs
 * and overrides (core/calendar/series-events.ts), every meeting of the series read, so a
 * calendar app expands the rule without bringing back a meeting cancelled outside the window.
 * Clients are joined through the gate, as for single appointments.
 */
export async function loadFeedSeries(
  trx: Executor,
  owner: Actor,
  locale: Locale,
  window: { from: Date; to: Date },
): Promise<{ events: CalendarEvent[]; shown: Map<string, string> }> {
  const rows = await trx
    .selectFrom("appointment as ap")
    .innerJoin("appointment_series as s", "s.id", "ap.series_id")
    .leftJoin(
      visibleClients(trx, owner)
        .select(["client.id", "client.organisation_id", "client.first_name", "client.last_name"])
        .as("c"),
      "c.id",
      "ap.client_id",
    )
    .select([
      "ap.series_id",
      "ap.occurrence_date",
      "ap.status",
      "ap.client_id",
      "c.id as visible_client_id",
      "c.organisation_id",
      "ap.starts_at",
      "ap.ends_at",
      "ap.place",
      "ap.location",
      "c.first_name",
      "c.last_name",
      "s.rule",
      "s.starts_at as series_starts_at",
      "s.ends_at as series_ends_at",
    ])
    .where("ap.owner_user_id", "=", owner.userId)
    .where("ap.series_id", "in", (eb) =>
      eb
        .selectFrom("appointment as w")
        .select("w.series_id")
        .where("w.owner_user_id", "=", owner.userId)
        .where("w.series_id", "is not", null)
        .where("w.ends_at", ">", window.from)
        .where("w.starts_at", "<", window.to),
    )
    .orderBy("ap.series_id")
    .orderBy("ap.occurrence_date")
    .execute();
  const bySeries = new Map<string, typeof rows>();
  for (const row of rows)
    if (row.series_id) bySeries.set(row.series_id, [...(bySeries.get(row.series_id) ?? []), row]);
  const events: CalendarEvent[] = [];
  const shown = new Map<string, string>();
  for (const [seriesId, meetings] of bySeries) {
    const first = meetings[0];
    if (!first) continue;
    events.push(
      ...seriesEvents(
        {
          uid: `${seriesId}@polku`,
          rule: first.rule,
          start: new Date(first.series_starts_at),
          end: new Date(first.series_ends_at),
        },
        meetings.map((m) => ({
          occurrenceDate: m.occurrence_date ?? "",
          start: new Date(m.starts_at),
          end: new Date(m.ends_at),
          cancelled: m.status === "cancelled",
          ...feedWords(m, locale),
        })),
      ),
    );
    for (const m of meetings) {
      if (m.status !== "cancelled" && m.visible_client_id && m.organisation_id) {
        shown.set(m.visible_client_id, m.organisation_id);
      }
    }
  }
  return { events, shown };
}
