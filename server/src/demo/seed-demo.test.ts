import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { phases } from "../../../core/episodes/phase.ts";
import { parseHenkilotunnus } from "../../../core/identity/henkilotunnus.ts";
import { parseYTunnus } from "../../../core/identity/y-tunnus.ts";
import { addDays, helsinkiDate } from "../../../core/time/dates.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";
import { createDemoOrganisation } from "./create-demo-organisation.ts";
import { DemoUnfinishedError, seedDemoIfEmpty } from "./seed-demo.ts";

/**
 * The living demo (issue 9): what a newcomer meets after the first start, asked through the API
 * as each demo account: the coach's caseload in every open phase and the week's appointments,
 * the team lead's outcomes with history, the evaluator's network with a withheld cell and the
 * clinician's shared view. Seeding again does nothing.
 */
const PASSWORD = "demo-password-for-tests-0123";
const openPhases = phases.filter((p) => p !== "closed" && p !== "declined");
type Entry = { clientId: string; phase: string };
type Appointment = { status: string; startsAt: string };
type Cell = { value: number | null; suppressed: false | "primary" | "complementary" };
type Figures = Record<string, unknown> & { caseloadDuringPeriod: Cell; jobStarts: Cell };
const isCell = (v: unknown): v is Cell =>
  typeof v === "object" && v !== null && "suppressed" in v && "value" in v;

describe("the living demo", () => {
  let t: TestApp;
  const as = (email: string) => async () => {
    const client = t.client("fi");
    await client.signIn(email, PASSWORD);
    return client;
  };
  let coach: TestClient;
  before(async () => {
    t = await createTestApp();
    const seed = await seedDemoIfEmpty(t.database, PASSWORD);
    assert.equal(seed.seeded, true);
    coach = await as("coach@demo.polku.fi")();
  });
  after(() => t.close());

  test("the demo coach's caseload has 15–20 open clients in every open phase", async () => {
    const response = await coach.get("/api/caseload");
    assert.equal(response.statusCode, 200);
    const open = (response.json() as { clients: Entry[] }).clients.filter((c) =>
      openPhases.includes(c.phase as never),
    );
    assert.ok(open.length >= 15 && open.length <= 20, `open clients: ${open.length}`);
    assert.deepEqual([...new Set(open.map((c) => c.phase))].sort(), [...openPhases].sort());
  });

  test("the week around today has appointments, the past ones held or cancelled, the rest ahead", async () => {
    const today = helsinkiDate();
    const from = `${addDays(today, -4)}T00:00:00Z`;
    const to = `${addDays(today, 6)}T00:00:00Z`;
    const response = await coach.get(`/api/appointments?from=${from}&to=${to}`);
    assert.equal(response.statusCode, 200);
    const week = response.json() as Appointment[];
    const held = week.filter((a) => a.status === "held");
    const ahead = week.filter((a) => a.status === "scheduled" && a.startsAt.slice(0, 10) >= today);
    assert.ok(held.length >= 4, `held: ${held.length}`);
    assert.ok(ahead.length >= 4, `ahead: ${ahead.length}`);
    assert.ok(
      held.every((a) => a.startsAt < new Date().toISOString()),
      "held ones lie in the past",
    );
  });

  test("the team lead's outcome dashboard has figures over several quarters", async () => {
    const lead = await as("lead@demo.polku.fi")();
    const scopes = (await lead.get("/api/outcomes/scopes")).json() as {
      teams: Array<{ organisationId: string; teamId: string }>;
    };
    const team = scopes.teams[0];
    assert.ok(team, "the lead has a team's outcomes");
    const response = await lead.get(
      `/api/organisations/${team.organisationId}/teams/${team.teamId}/outcomes?quarters=8`,
    );
    assert.equal(response.statusCode, 200);
    const trend = (response.json() as { trend: Array<{ figures: Figures }> }).trend;
    const withCaseload = trend.filter((q) => (q.figures.caseloadDuringPeriod.value ?? 0) > 0);
    assert.ok(withCaseload.length >= 6, `quarters with a caseload: ${withCaseload.length}`);
    assert.ok(
      trend.some((q) => (q.figures.jobStarts.value ?? 0) > 0),
      "jobs started in some quarter",
    );

    // …and a comparison group to hold the team's employment rate against.
    const teamPath = `/api/organisations/${team.organisationId}`;
    const cohorts = (await lead.get(`${teamPath}/comparison-cohorts`)).json() as Array<{ id: string }>;
    assert.equal(cohorts.length, 1);
    const compared = await lead.get(
      `${teamPath}/teams/${team.teamId}/outcomes/comparison?cohortId=${cohorts[0]?.id}`,
    );
    assert.equal(compared.statusCode, 200);
    const { ips, comparison } = compared.json() as Record<"ips" | "comparison", { denominator: number }>;
    assert.ok(ips.denominator > 0 && comparison.denominator > 0, "both sides have people");
  });

  test("the evaluator's network compares the demo organisation with small ones and withholds a cell", async () => {
    const evaluator = await as("evaluator@demo.polku.fi")();
    const networks = (await evaluator.get("/api/networks")).json() as Array<{ id: string }>;
    assert.equal(networks.length, 1);
    const response = await evaluator.get(`/api/networks/${networks[0]?.id}/outcomes`);
    assert.equal(response.statusCode, 200);
    const parts = (response.json() as { parts: Array<{ figures: Figures }> }).parts;
    assert.ok(parts.length >= 3 && parts.length <= 4, `organisations: ${parts.length}`);
    const cells = parts.flatMap((p) => Object.values(p.figures).filter(isCell));
    assert.ok(
      cells.some((c) => c.suppressed === "primary" && c.value === null),
      "a cell under the threshold is withheld",
    );
  });

  test("the clinician sees the consented clients' shared view", async () => {
    const clinician = await as("clinician@demo.polku.fi")();
    const response = await clinician.get("/api/clients");
    assert.equal(response.statusCode, 200);
    const shared = (response.json() as Array<{ access: string }>).filter((c) => c.access === "shared");
    assert.ok(shared.length >= 3, `shared: ${shared.length}`);
  });

  test("every employer of the demo has a valid Y-tunnus and every client a synthetic henkilötunnus", async () => {
    const employers = await t.database.db.selectFrom("employer").select("business_id").execute();
    assert.ok(employers.length > 0);
    for (const { business_id } of employers)
      assert.ok(business_id === null || parseYTunnus(business_id).valid, `Y-tunnus ${business_id}`);
    const clients = await t.database.db.selectFrom("client").select("henkilotunnus").execute();
    for (const { henkilotunnus } of clients) {
      const parsed = henkilotunnus === null ? null : parseHenkilotunnus(henkilotunnus);
      assert.ok(parsed?.valid && parsed.temporary, "valid, with an individual number from 900–999");
    }
  });

  test("seeding again does nothing", async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("client")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    assert.equal((await seedDemoIfEmpty(t.database, PASSWORD)).seeded, false);
    assert.equal(await count(), before);
    const audits = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("event_type", "=", "demo.seeded")
      .execute();
    assert.equal(audits.length, 1);
  });
});

describe("a first start that failed halfway", () => {
  test("the next start says the demo is unfinished instead of serving accounts nobody can sign in to", async () => {
    const t = await createTestApp();
    try {
      // What a first start leaves when the generator fails after the accounts were committed.
      await inTransaction(t.database, (trx) => createDemoOrganisation(trx, PASSWORD));
      await assert.rejects(seedDemoIfEmpty(t.database, PASSWORD), DemoUnfinishedError);
    } finally {
      await t.close();
    }
  });
});
