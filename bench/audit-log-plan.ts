/**
 * `node --import tsx bench/audit-log-plan.ts` with DATABASE_URL set to a PostgreSQL database that
 * `npm run polku -- generate` has filled: adds a synthetic audit log of AUDIT_ROWS entries (default
 * 2 000 000) spread over the generated organisations, their staff and clients and three years,
 * then prints EXPLAIN (ANALYZE, BUFFERS) of the audit log pages (server/src/audit-search/) as the
 * use cases send them: the organisation's log unfiltered, by a person, by event words, by dates
 * and a client's use log. Printed, never asserted (docs/performance.md keeps the figures).
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { auditEventTypesMatching } from "../core/audit/describe-event.ts";
import type { GatedClient } from "../server/src/access/gated-client.ts";
import { seqWindow } from "../server/src/audit-search/audit-rows.ts";
import { clientRecordUse } from "../server/src/audit-search/client-record-use.ts";
import { organisationLogPage } from "../server/src/audit-search/organisation-log-page.ts";
import { staffNamed } from "../server/src/audit-search/staff-named.ts";
import type { DB } from "../server/src/platform/db/schema.ts";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a generated PostgreSQL database.");
const target = Number(process.env.AUDIT_ROWS ?? 2_000_000);
const pool = new pg.Pool({ connectionString: url, max: 2 });
let captured: Array<{ sql: string; parameters: readonly unknown[] }> = [];
const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === "query") captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  },
});

async function fill(): Promise<void> {
  const have = Number(
    (await sql<{ n: string }>`select count(*) as n from audit_event`.execute(db)).rows[0]?.n,
  );
  if (have >= target) return;
  console.log(`adding ${target - have} synthetic audit entries…`);
  const started = Date.now();
  await sql`
    create temp table org_people as
    select row_number() over (order by o.id) - 1 as k, o.id as organisation_id,
      (select array_agg(distinct m.user_id) from membership m where m.organisation_id = o.id) as staff,
      (select array_agg(c.id::text) from (select id from client where organisation_id = o.id limit 2000) c) as clients
    from organisation o
    where exists (select 1 from membership m where m.organisation_id = o.id)
      and exists (select 1 from client c where c.organisation_id = o.id)`.execute(db);
  await sql`
    insert into audit_event (occurred_at, event_type, outcome, actor_user_id, organisation_id, target_type, target_id, details)
    select
      now() - interval '3 years' + (g::float / ${target}) * interval '3 years',
      kind.event_type, 'success',
      p.staff[(1 + (g * 7919) % cardinality(p.staff))::int],
      case when kind.own then null else p.organisation_id end,
      case when kind.event_type = 'client.viewed' then 'client' end,
      case when kind.event_type = 'client.viewed' then p.clients[(1 + (g * 104729) % cardinality(p.clients))::int] end,
      case kind.event_type
        when 'client.viewed' then '{"access":"full"}'::jsonb
        when 'caseload.viewed' then jsonb_build_object('clientIds', to_jsonb(p.clients[(1 + g % 97)::int : (20 + g % 97)::int]))
        when 'team.listed' then '{}'::jsonb
        else '{"factors":["password"]}'::jsonb end
    from generate_series(1::bigint, ${target - have}) g
    join org_people p on p.k = g % (select count(*) from org_people)
    cross join lateral (select
      (array['client.viewed','client.viewed','client.viewed','caseload.viewed','team.listed','auth.sign_in.succeeded'])[(1 + g % 6)::int] as event_type,
      g % 6 = 5 as own) kind
    -- In time order, so seq and time agree as they do when entries are written one by one.
    order by g`.execute(db);
  await sql`analyze audit_event`.execute(db);
  console.log(`added in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function explain(name: string, run: () => Promise<unknown>): Promise<void> {
  captured = [];
  await run();
  console.log(`\n${name}`);
  const client = await pool.connect();
  try {
    for (const query of captured) {
      const plan = (
        await client.query(`explain (analyze, buffers) ${query.sql}`, query.parameters as unknown[])
      ).rows.map((r) => String(r["QUERY PLAN"]));
      console.log(`  -- ${query.sql.replace(/\s+/g, " ").slice(0, 100)}`);
      for (const line of plan)
        if (/Scan|Execution Time|Buffers: shared|Limit|Append|Nested Loop/.test(line))
          console.log(`  ${line}`);
    }
  } finally {
    client.release();
  }
}

await fill();
const org = (
  await sql<{ organisation_id: string; staff: string[]; clients: string[] }>`
    select m.organisation_id, array_agg(distinct m.user_id) as staff,
      (select array_agg(c.id::text) from (select id from client where organisation_id = m.organisation_id limit 5) c) as clients
    from membership m group by m.organisation_id order by count(*) desc limit 1`.execute(db)
).rows[0];
if (!org) throw new Error("no organisation with staff");
const total = (await sql<{ n: string }>`select count(*) as n from audit_event`.execute(db)).rows[0]?.n;
const inOrg = (
  await sql<{
    n: string;
  }>`select count(*) as n from audit_event where organisation_id = ${org.organisation_id}`.execute(db)
).rows[0]?.n;
console.log(
  `audit_event: ${total} entries; the largest organisation's own: ${inOrg}; its staff: ${org.staff.length}`,
);
const person =
  (await sql<{ name: string }>`select name from "user" where id = ${org.staff[0]}`.execute(db)).rows[0]
    ?.name ?? "";
const window = (range: { before?: number; from?: string; to?: string }) => seqWindow(db, range);

await explain("organisation log, newest page", async () =>
  organisationLogPage(db, org.organisation_id, { personIds: null, eventTypes: null }, await window({}), 51),
);
await explain("organisation log, a page deep in the past (before = the middle seq)", async () => {
  const middle = Number(
    (await sql<{ s: string }>`select (min(seq) + max(seq)) / 2 as s from audit_event`.execute(db)).rows[0]?.s,
  );
  return organisationLogPage(
    db,
    org.organisation_id,
    { personIds: null, eventTypes: null },
    await window({ before: middle }),
    51,
  );
});
await explain(`by a person's name ("${person.split(" ")[0]}")`, async () => {
  const personIds = await staffNamed(db, org.organisation_id, person.split(" ")[0] ?? person);
  return organisationLogPage(db, org.organisation_id, { personIds, eventTypes: null }, await window({}), 51);
});
await explain('by event words ("kirjautuminen onnistui")', async () =>
  organisationLogPage(
    db,
    org.organisation_id,
    { personIds: null, eventTypes: auditEventTypesMatching("fi", "kirjautuminen onnistui") },
    await window({}),
    51,
  ),
);
await explain("by dates (a week a year ago)", async () => {
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() - 358 * 86_400_000).toISOString().slice(0, 10);
  return organisationLogPage(
    db,
    org.organisation_id,
    { personIds: null, eventTypes: null },
    await window({ from, to }),
    51,
  );
});
await explain("a client's use log (who has seen this record)", async () =>
  clientRecordUse(
    db,
    {
      clientId: org.clients[0],
      organisationId: org.organisation_id,
      level: "full",
    } as unknown as GatedClient,
    await window({}),
    51,
  ),
);
await db.destroy();
