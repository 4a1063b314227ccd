import { sql } from "kysely";
import type { Executor } from "../platform/db/transaction.ts";
import { DatabaseNotEmptyError } from "./check-options.ts";
import type { GenerateInto } from "./types.ts";
import { GENERATOR_USER_ID } from "./write-structure.ts";

/**
 * Refuses a database that holds anything the generator did not make (other than `into`'s
 * organisation, teams and staff): clients, but also organisations, accounts, employers and their
 * contact persons, reporting networks and audit events. The generator drops foreign keys, turns
 * triggers off and joins its organisations to a network of the same name, so a new deployment
 * with staff and agreements but no client yet must be refused as well. With `lock`, the tables are
 * locked first, so nothing is added between the check and the load (call it in the load's
 * transaction).
 */
export async function refuseRealData(
  db: Executor,
  into: GenerateInto | undefined,
  lock = false,
): Promise<void> {
  if (lock) {
    await sql`lock table client, organisation, "user", employer, employer_contact_person,
      reporting_network, audit_event in share mode`.execute(db);
  }
  const org = into?.organisationId ?? null;
  const { rows } = await sql<{ found: boolean }>`select
      exists (select 1 from client)
      or exists (select 1 from organisation where ${org}::uuid is null or id <> ${org}::uuid)
      or (${org}::uuid is null and exists (select 1 from "user" where id <> ${GENERATOR_USER_ID}))
      or exists (select 1 from employer)
      or exists (select 1 from employer_contact_person)
      or exists (select 1 from reporting_network)
      or (${org}::uuid is null and exists (select 1 from audit_event)) as found`.execute(db);
  if (rows[0]?.found) throw new DatabaseNotEmptyError();
}
