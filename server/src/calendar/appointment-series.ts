import {
  expandRule,
  maxOccurrences,
  parseRecurrenceRule,
  type Repeat,
  recurrenceRule,
  repeatProblem,
} from "../../../core/calendar/recurrence.ts";
import { helsinkiLocalToIso, helsinkiWallClock } from "../../../core/time/local-time.ts";
import type { Actor } from "../access/actor.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { invalid } from "../platform/http/app-error.ts";
import type { AppointmentView } from "./appointment-query.ts";

/** The series part of an appointment row: its rule and the date the meeting was planned for. */
type SeriesColumns = { series_id: string | null; occurrence_date: string | null; series_rule: string | null };

/** The series a meeting belongs to, in the contract's terms; null for a single appointment. */
export function presentSeries(row: SeriesColumns): AppointmentView["series"] {
  if (!row.series_id || !row.occurrence_date || !row.series_rule) return null;
  const rule = parseRecurrenceRule(row.series_rule);
  if (!rule) return null;
  return {
    id: row.series_id,
    frequency: rule.frequency,
    until: rule.until ? helsinkiWallClock(rule.until).date : null,
    count: rule.count,
    occurrenceDate: row.occurrence_date,
  };
}

export type SeriesBooking = {
  organisationId: string;
  ownerUserId: string;
  startsAt: Date;
  endsAt: Date;
  repeat: Repeat;
};

/**
 * Stores a series' rule and returns its meetings (start, end, series date), expanded in Finnish
 * wall time; a repeat that ends before it starts or holds too many meetings is a field error.
 */
export async function insertSeries(trx: Executor, booking: SeriesBooking) {
  const { repeat, startsAt, endsAt } = booking;
  const problem = repeatProblem(repeat, startsAt);
  if (problem) {
    throw invalid({ [`repeat.${problem.field}`]: { key: problem.key, params: { max: maxOccurrences } } });
  }
  const rule = recurrenceRule(repeat, startsAt);
  const starts = expandRule(rule, startsAt);
  const series = await trx
    .insertInto("appointment_series")
    .values({
      organisation_id: booking.organisationId,
      owner_user_id: booking.ownerUserId,
      rule,
      starts_at: startsAt,
      ends_at: endsAt,
      created_by: booking.ownerUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const length = endsAt.getTime() - startsAt.getTime();
  return {
    seriesId: series.id,
    meetings: starts.map((start) => ({
      startsAt: start,
      endsAt: new Date(start.getTime() + length),
      occurrenceDate: helsinkiWallClock(start).date,
    })),
  };
}

/** A meeting moved to the Finnish clock time of `start` on its own day, keeping `length` ms. */
export function atClockTime(day: Date, start: Date, length: number): { starts_at: Date; ends_at: Date } {
  const at = new Date(
    helsinkiLocalToIso(`${helsinkiWallClock(day).date}T${helsinkiWallClock(start).time}`) ?? Number.NaN,
  );
  return { starts_at: at, ends_at: new Date(at.getTime() + length) };
}

/**
 * A meeting of a series and every later one of the caller's still scheduled, locked for a change
 * to them all; `isFirst` when no earlier meeting exists (the change then moves the series' own
 * first start, which the calendar feed repeats).
 */
export async function lockSeriesFrom(
  trx: Executor,
  actor: Actor,
  row: { series_id: string | null; occurrence_date: string | null },
) {
  if (!row.series_id || !row.occurrence_date) return null;
  const meetings = await trx
    .selectFrom("appointment")
    .select(["id", "starts_at", "client_id"])
    .where("series_id", "=", row.series_id)
    .where("owner_user_id", "=", actor.userId)
    .where("status", "=", "scheduled")
    .where("occurrence_date", ">=", row.occurrence_date)
    .orderBy("occurrence_date")
    .forUpdate()
    .execute();
  const earlier = await trx
    .selectFrom("appointment")
    .select("id")
    .where("series_id", "=", row.series_id)
    .where("occurrence_date", "<", row.occurrence_date)
    .executeTakeFirst();
  return { id: row.series_id, meetings, isFirst: earlier === undefined };
}

/**
 * The other clients a change to a whole series touched: a meeting moved to another client on its
 * own is still changed or cancelled with its series, and that client's use log must show it.
 */
export function otherSeriesClients(
  meetings: readonly { client_id: string | null }[],
  clientId: string | null,
): { clientIds?: string[] } {
  const others = [
    ...new Set(meetings.flatMap((m) => (m.client_id && m.client_id !== clientId ? [m.client_id] : []))),
  ];
  return others.length > 0 ? { clientIds: others.sort() } : {};
}
