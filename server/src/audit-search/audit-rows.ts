import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../platform/db/transaction.ts";

/** One audit entry as the search pages read it. */
export type AuditRow = {
  seq: number;
  occurred_at: Date | string;
  event_type: string;
  outcome: string;
  actor_user_id: string | null;
  organisation_id: string | null;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
};

export const auditColumns = sql.raw(
  "a.seq, a.occurred_at, a.event_type, a.outcome, a.actor_user_id, a.organisation_id, a.target_type, a.target_id, a.details",
);

/** Seq bounds for one page: below `before`, and inside the date range when one is given. */
export type SeqWindow = {
  above: number | null;
  below: number | null;
  from: string | null;
  to: string | null;
};

/**
 * Turns Helsinki dates into seq bounds, so that every stream of a page is an index range scan
 * that stops at the range's ends (audit_event_occurred_idx finds the first entry at an instant).
 * An entry's time is taken as it is inserted, so seq and time agree except between entries
 * written within moments of each other; the bounds leave an hour of slack on each side, and the
 * exact time test is still applied to every row.
 */
export async function seqWindow(
  db: Executor,
  range: { before?: number | undefined; from?: string | undefined; to?: string | undefined },
): Promise<SeqWindow> {
  let above: number | null = null;
  let below = range.before ?? null;
  if (range.from) {
    const row = await sql<{ seq: number }>`
      select seq from audit_event
      where occurred_at < ${helsinkiDayStart(range.from, 0)} - interval '1 hour'
      order by occurred_at desc limit 1`.execute(db);
    above = row.rows[0] ? Number(row.rows[0].seq) : null;
  }
  if (range.to) {
    const row = await sql<{ seq: number }>`
      select seq from audit_event
      where occurred_at >= ${helsinkiDayStart(range.to, 1)} + interval '1 hour'
      order by occurred_at limit 1`.execute(db);
    const bound = row.rows[0] ? Number(row.rows[0].seq) : null;
    if (bound !== null) below = below === null ? bound : Math.min(below, bound);
  }
  return { above, below, from: range.from ?? null, to: range.to ?? null };
}

/** The start of a Helsinki day (plus `days`), as an instant. */
export function helsinkiDayStart(date: string, days: number): RawBuilder<Date> {
  return sql<Date>`((${date}::date + ${days}::int)::timestamp at time zone 'Europe/Helsinki')`;
}

/** The window's conditions on `a` (an audit_event alias), to put inside each stream. */
export function windowConditions(w: SeqWindow): RawBuilder<unknown> {
  const parts = [sql`true`];
  if (w.below !== null) parts.push(sql`a.seq < ${w.below}`);
  if (w.above !== null) parts.push(sql`a.seq > ${w.above}`);
  if (w.from) parts.push(sql`a.occurred_at >= ${helsinkiDayStart(w.from, 0)}`);
  if (w.to) parts.push(sql`a.occurred_at < ${helsinkiDayStart(w.to, 1)}`);
  return sql.join(parts, sql` and `);
}
