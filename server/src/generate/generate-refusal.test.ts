import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "kysely";
import type { Database } from "../platform/db/database.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { DatabaseNotEmptyError } from "./check-options.ts";
import { generateDataset } from "./generate-dataset.ts";
import { NATIONAL_NETWORK } from "./write-networks.ts";

const OPTIONS = { clients: 40, years: 1, seed: 5, organisations: 2, anchor: "2026-09-30" };

const count = async (db: Database, table: string) =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db.db)).rows[0]?.n,
  );

/**
 * The generator drops foreign keys and turns triggers off, and joins its organisations to a
 * network of the same name: it must refuse any database with real data in it, not only one with
 * clients (a new deployment has staff, employers and network agreements before its first client).
 */
describe("the generator refuses a database with real data but no clients", { timeout: 300_000 }, () => {
  test("an organisation with staff, an employer contact person and a network agreement", async () => {
    const db = await createTestDatabase();
    try {
      const org = await buildOrganisation(db);
      await buildTeam(db, org.id);
      const admin = await buildStaff(db, { organisationId: org.id, role: "org_admin" });
      const employerId = randomUUID();
      await sql`insert into employer (id, organisation_id, name, created_by)
        values (${employerId}, ${org.id}, 'Oikea Oy', ${admin.id})`.execute(db.db);
      await sql`insert into employer_contact_person (employer_id, name, phone, created_by)
        values (${employerId}, 'Oikea Henkilö', '+358401234567', ${admin.id})`.execute(db.db);
      const networkId = randomUUID();
      await sql`insert into reporting_network (id, name, kind, created_by)
        values (${networkId}, ${NATIONAL_NETWORK}, 'national', ${admin.id})`.execute(db.db);
      await sql`insert into network_membership (network_id, organisation_id, agreed_on, agreed_by)
        values (${networkId}, ${org.id}, '2026-01-01', ${admin.id})`.execute(db.db);
      assert.equal(await count(db, "client"), 0);
      await assert.rejects(generateDataset(db, OPTIONS), DatabaseNotEmptyError);
      assert.equal(await count(db, "organisation"), 1, "no synthetic organisation next to the real one");
      assert.equal(await count(db, "network_membership"), 1, "no synthetic member in the real network");
    } finally {
      await db.close();
    }
  });

  test("only user accounts (a platform admin set up before anything else)", async () => {
    const db = await createTestDatabase();
    try {
      await buildStaff(db, { platformAdmin: true });
      await assert.rejects(generateDataset(db, OPTIONS), DatabaseNotEmptyError);
      assert.equal(await count(db, "organisation"), 0);
    } finally {
      await db.close();
    }
  });
});
