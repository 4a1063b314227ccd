import { sql } from "kysely";
import type { Executor } from "../platform/db/transaction.ts";
import { type AuditRow, auditColumns, type SeqWindow, windowConditions } from "./audit-rows.ts";

export type OrganisationLogFilter = {
  /** Only entries by these people (already limited to the organisation's staff); null: anyone. */
  personIds: string[] | null;
  /** Only these event types; null: every type. */
  eventTypes: string[] | null;
};

/**
 * One page of an organisation's audit log, newest first: its own entries, plus its staff's
 * entries that belong to no organisation (sign-ins, own profile) made while they worked here. The
 * page is a merge of short index scans, each stopping after `limit` rows — per person (actor
 * indexes), per event type
 * (audit_event_org_type_idx), or the organisation's whole log (audit_event_org_idx), and per
 * staff member for their own entries (audit_event_own_idx / _own_type_idx) — so a page costs
 * what a page holds times the number of streams, not the size of the national log
 * (docs/performance.md has the plan at national size).
 */
export async function organisationLogPage(
  db: Executor,
  organisationId: string,
  filter: OrganisationLogFilter,
  window: SeqWindow,
  limit: number,
): Promise<AuditRow[]> {
  const within = windowConditions(window);
  const types = filter.eventTypes;
  const typeTest = types ? sql`a.event_type = any(${types})` : sql`true`;
  // The organisation's staff, past and present, and the span they worked here.
  const staff = sql`select m.user_id, min(m.valid_from) as since,
        max(coalesce(m.valid_to, 'infinity'::timestamptz)) as until
      from membership m
      where m.organisation_id = ${organisationId}${
        filter.personIds ? sql` and m.user_id = any(${filter.personIds})` : sql``
      }
      group by m.user_id`;

  const orgStream = filter.personIds
    ? sql`select e.* from staff s cross join lateral (
          select ${auditColumns} from audit_event a
          where a.actor_user_id = s.user_id and a.organisation_id = ${organisationId} and ${typeTest} and ${within}
          order by a.seq desc limit ${limit}) e`
    : // The organisation's seqs first, from its index alone, then the rows by primary key: asked
      // for the rows directly, the planner may walk the primary key backwards and filter by
      // organisation, which reads the whole national log since the organisation's last entry
      // (seen at 2 million entries: 1.4 s against 0.3 ms; docs/performance.md).
      sql`select ${auditColumns} from audit_event a where a.seq = any(array(${
        types
          ? sql`select e.seq from unnest(${types}::text[]) t(event_type) cross join lateral (
                select a.seq from audit_event a
                where a.organisation_id = ${organisationId} and a.event_type = t.event_type and ${within}
                order by a.seq desc limit ${limit}) e`
          : sql`select a.seq from audit_event a
                where a.organisation_id = ${organisationId} and ${within}
                order by a.seq desc limit ${limit}`
      }))`;

  // An entry of no organisation is this organisation's only while its person worked here (from
  // their first day to their last, per `staff`): a former colleague's sign-ins and profile changes
  // after they left belong to another organisation's log, if any, not to this one.
  const whileStaff = sql`a.occurred_at >= s.since and a.occurred_at < s.until`;

  const ownStream = types
    ? sql`select e.* from staff s cross join unnest(${types}::text[]) t(event_type) cross join lateral (
          select ${auditColumns} from audit_event a
          where a.actor_user_id = s.user_id and a.organisation_id is null and a.event_type = t.event_type
            and ${within} and ${whileStaff}
          order by a.seq desc limit ${limit}) e`
    : sql`select e.* from staff s cross join lateral (
          select ${auditColumns} from audit_event a
          where a.actor_user_id = s.user_id and a.organisation_id is null and ${within} and ${whileStaff}
          order by a.seq desc limit ${limit}) e`;

  const result = await sql<AuditRow>`
    with staff as (${staff})
    select * from (${orgStream} union all ${ownStream}) page
    order by seq desc limit ${limit}`.execute(db);
  return result.rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
