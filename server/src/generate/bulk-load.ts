import { sql } from "kysely";
import type { Trx } from "../platform/db/transaction.ts";

/** Tables the generator fills in bulk. */
export const BULK_TABLES = [
  "team",
  "membership",
  "employer",
  "employer_contact_person",
  "client",
  "episode",
  "episode_assignment",
  "consent",
  "episode_document",
  "work_trial",
  "job",
  "study",
  "appointment",
  "activity",
  "employer_contact",
  "employer_contact_client",
  "job_lead",
  "job_lead_candidate",
  "job_lead_event",
];
// The largest tables: their secondary indexes are built once after the load instead of row by row.
const REINDEXED = [
  "activity",
  "employer_contact",
  "employer_contact_client",
  "appointment",
  "episode_document",
  "consent",
];
// Tables whose statement-level triggers keep episode_facts and the outcome queue current.
const TRIGGERED = [
  "episode",
  "episode_assignment",
  "episode_document",
  "activity",
  "job",
  "study",
  "work_trial",
  "employer_contact",
  "employer_contact_client",
  "episode_facts",
];

/**
 * Starts a bulk load inside the caller's transaction, the way pg_restore loads data:
 * foreign keys of the bulk tables are dropped and added back afterwards (one set-wise check per
 * constraint instead of a lookup per row, so every reference is still verified before commit),
 * the episode-facts and outcome-queue triggers are off (the caller rebuilds the facts once), and
 * the largest tables' secondary indexes are built after the load, and JIT is off (PostgreSQL
 * would otherwise spend minutes compiling the generator's wide expressions). A failure rolls all
 * of it back with the transaction. `indexes` rebuilds the indexes (before the episode facts are
 * computed from them); `finish` turns the triggers on and checks every reference.
 */
export async function beginBulkLoad(
  trx: Trx,
): Promise<{ indexes(): Promise<void>; finish(): Promise<void> }> {
  await sql`set local jit = off`.execute(trx);
  const constraints = await sql<{
    tbl: string;
    name: string;
    def: string;
  }>`select conrelid::regclass::text as tbl,
      conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'f' and conrelid::regclass::text = any(${BULK_TABLES})
    order by 1, 2`.execute(trx);
  for (const c of constraints.rows)
    await sql`alter table ${sql.table(c.tbl)} drop constraint ${sql.ref(c.name)}`.execute(trx);
  const indexes = await sql<{
    name: string;
    def: string;
  }>`select c.relname as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid::regclass::text = any(${REINDEXED})
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by 1`.execute(trx);
  for (const index of indexes.rows) await sql`drop index ${sql.ref(index.name)}`.execute(trx);
  for (const table of TRIGGERED) await sql`alter table ${sql.table(table)} disable trigger user`.execute(trx);
  return {
    async indexes() {
      for (const index of indexes.rows) await sql.raw(index.def).execute(trx);
    },
    async finish() {
      for (const table of TRIGGERED)
        await sql`alter table ${sql.table(table)} enable trigger user`.execute(trx);
      for (const c of constraints.rows) {
        await sql`alter table ${sql.table(c.tbl)} add constraint ${sql.ref(c.name)} ${sql.raw(c.def)}`.execute(
          trx,
        );
      }
    },
  };
}
