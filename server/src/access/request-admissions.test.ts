import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import type { Database } from "../platform/db/database.ts";
import { buildClientWithConsent } from "../platform/testing/client-factories.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestDatabase } from "../platform/testing/test-database.ts";
import { loadActor } from "./actor.ts";
import { requireClientAccess } from "./client-gate.ts";
import { admitClient } from "./request-admissions.ts";
import { withClient } from "./with-client.ts";

const code = (error: unknown) => (error as { code?: string }).code;

/**
 * What a route's gate admitted is reused only for that client at most at that level, only for the
 * same actor object (the same request), and never for another client or a wider level.
 */
describe("request admissions are no wider than the route's gate", () => {
  let database: Database;
  let ids: { clinician: string; coach: string; shared: string; unshared: string; orgId: string };
  before(async () => {
    database = await createTestDatabase();
    const org = await buildOrganisation(database);
    const ips = await buildTeam(database, org.id, "ips_team");
    const clinic = await buildTeam(database, org.id, "treatment_team");
    const coach = await buildStaff(database, { organisationId: org.id, role: "coach", teamId: ips.id });
    const clinician = await buildStaff(database, {
      organisationId: org.id,
      role: "clinician",
      teamId: clinic.id,
    });
    const shared = await buildClientWithConsent(database, {
      organisationId: org.id,
      ipsTeamId: ips.id,
      coachUserId: coach.id,
      consentTeamId: clinic.id,
    });
    const unshared = await buildClientWithConsent(database, { organisationId: org.id, ipsTeamId: ips.id });
    ids = {
      clinician: clinician.id,
      coach: coach.id,
      shared: shared.clientId,
      unshared: unshared.clientId,
      orgId: org.id,
    };
  });
  after(() => database.close());

  const actorOf = async (userId: string) => {
    const actor = await loadActor(database.db, userId, "session");
    assert.ok(actor);
    return actor;
  };

  test("a shared admission does not open the full record, nor another client", async () => {
    const actor = await actorOf(ids.clinician);
    admitClient(actor, await requireClientAccess(database.db, actor, ids.shared, "shared"));
    const level = await withClient(database, actor, ids.shared, "shared", async (_trx, c) => c.level);
    assert.equal(level, "shared");
    await assert.rejects(
      withClient(database, actor, ids.shared, "full", async () => "read"),
      (e) => code(e) === "forbidden",
    );
    await assert.rejects(
      withClient(database, actor, ids.unshared, "shared", async () => "read"),
      (e) => code(e) === "not_found",
    );
  });

  test("an admission stays with the actor object it was given to (one request)", async () => {
    const first = await actorOf(ids.clinician);
    admitClient(first, await requireClientAccess(database.db, first, ids.shared, "shared"));
    // The next request's actor: the consent was withdrawn in between.
    const consent = await database.db
      .updateTable("consent")
      .set({ withdrawn_on: sql`given_on`, withdrawal_recorded_by: ids.coach } as never)
      .where("client_id", "=", ids.shared)
      .returning("id")
      .execute();
    assert.ok(consent.length > 0);
    const second = await actorOf(ids.clinician);
    await assert.rejects(
      withClient(database, second, ids.shared, "shared", async () => "read"),
      (e) => code(e) === "not_found",
    );
  });
});
