import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { OutcomeDashboard, OutcomeFiguresView } from "../../../core/contracts/outcomes.ts";
import { jobEndReasons } from "../../../core/jobs/competitive.ts";
import { figuresOf } from "../../../core/outcomes/figures.ts";
import { quarterPeriod } from "../../../core/outcomes/periods.ts";
import { currentRuleSet } from "../../../core/outcomes/rule-sets.ts";
import type { OutcomeFigures } from "../../../core/outcomes/types.ts";
import { mergeStored, readStoredSummaries } from "../outcome-summaries/read-stored-summaries.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * A network's outcome page through the API: only organisations whose agreement was in force in the
 * quarter are parts of it, small cells are withheld, and no withheld cell can be recovered as a
 * shown total minus the shown parts.
 */
describe("a network's outcome page", () => {
  let t: TestApp;
  let networkId: string;
  let evaluator: TestClient;
  const org: Record<string, { id: string; admin: TestClient; coach: TestClient }> = {};
  const QUARTER = "2025-Q1";
  const signIn = async (person: { email: string; password: string }) => {
    const c = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };
  /** `clients` on the caseload from January 2025, `employed` of them starting a job in February. */
  const history = (teamId: string, clients: number, employed: number, agreed = "2025-01-15"): EpisodeSpec[] =>
    Array.from({ length: clients }, (_, i) => ({
      referralDate: agreed,
      agreementDate: agreed,
      assignments: [{ teamId, validFrom: `${agreed}T08:00:00Z` }],
      jobs: i < employed ? [{ startDate: "2025-02-10", contractType: "open_ended" as const }] : [],
    }));

  before(async () => {
    t = await createTestApp();
    const platform = await signIn(await buildStaff(t.database, { platformAdmin: true }));
    networkId = (
      await platform.post("/api/platform/networks", { name: `Region ${randomUUID()}`, kind: "region" })
    ).json().id;
    const evaluatorPerson = await buildStaff(t.database, {});
    await platform.post(`/api/platform/networks/${networkId}/evaluators`, { userId: evaluatorPerson.id });
    evaluator = await signIn(evaluatorPerson);
    // A, B, C in the network through the quarter; D never joined; E ended before it; F joined after it.
    const plan: Array<[string, number, number, [string, string | null] | null, string?]> = [
      ["A", 12, 6, ["2024-01-01", null]],
      ["B", 3, 1, ["2024-06-01", null]],
      ["C", 7, 2, ["2025-03-31", null]],
      ["D", 6, 3, null],
      ["E", 9, 4, ["2024-01-01", "2024-12-31"], "2024-11-01"],
      ["F", 8, 2, ["2025-06-01", null]],
    ];
    for (const [key, clients, employed, agreement, agreed] of plan) {
      const o = await buildOrganisation(t.database);
      const team = await buildTeam(t.database, o.id);
      const coachPerson = await buildStaff(t.database, {
        organisationId: o.id,
        role: "coach",
        teamId: team.id,
      });
      const admin = await signIn(await buildStaff(t.database, { organisationId: o.id, role: "org_admin" }));
      await buildEpisodes(t.database, o.id, coachPerson.id, history(team.id, clients, employed, agreed));
      if (agreement) {
        const base = `/api/organisations/${o.id}/reporting-networks`;
        const joined = await admin.post(base, { networkId, agreedOn: agreement[0] });
        assert.equal(joined.statusCode, 201, joined.body);
        if (agreement[1]) await admin.post(`${base}/${networkId}/end`, { endedOn: agreement[1] });
      }
      org[key] = { id: o.id, admin, coach: await signIn(coachPerson) };
    }
    await refreshOutcomeSummaries(t.database, { all: true, today: "2025-05-20" });
  });
  after(() => t.close());

  const page = async (who: TestClient, query = `quarter=${QUARTER}&quarters=2`) => {
    const response = await who.get(`/api/networks/${networkId}/outcomes?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as OutcomeDashboard;
  };

  test("parts are the organisations whose agreement was in force in the quarter; the rest are invisible", async () => {
    const dashboard = await page(evaluator);
    assert.equal(dashboard.level, "network");
    assert.equal(dashboard.suppressionThreshold, 5);
    assert.deepEqual(dashboard.parts.map((p) => p.id).sort(), [org.A?.id, org.B?.id, org.C?.id].sort());
    const total = dashboard.trend[1]?.figures as OutcomeFiguresView;
    assert.equal(dashboard.trend[1]?.period.label, QUARTER);
    assert.deepEqual(total.caseloadDuringPeriod, { value: 22, suppressed: false });
    assert.deepEqual(total.clientsIntoWork, { value: 9, suppressed: false });
    // 2024-Q4: E's agreement was in force (its 9 clients started 1 November); A, B were empty; C had not joined.
    assert.deepEqual(dashboard.trend[0]?.figures.caseloadDuringPeriod, { value: 9, suppressed: false });
    const body = JSON.stringify(dashboard);
    for (const outside of ["D", "E", "F"]) assert.ok(!body.includes(org[outside]?.id as string), outside);
    // Only A's rate (6/12) is shown: C's 2 employed of 7 are withheld in its row, so C must not
    // feed the quartiles either (with A's 0.5 shown, a median of (0.5 + r) / 2 gives r back).
    const c = dashboard.parts.find((p) => p.id === org.C?.id);
    assert.equal(c?.figures.employmentRate.numerator.value, null);
    assert.equal(dashboard.distribution?.organisations, 1);
    assert.equal(dashboard.distribution?.median, 0.5);
    const b = dashboard.parts.find((p) => p.id === org.B?.id);
    assert.deepEqual(b?.figures.caseloadDuringPeriod, { value: null, suppressed: "primary" });
    assert.ok(Date.parse(dashboard.asOf) <= Date.now());
  });

  test("no withheld cell equals a shown total minus the shown parts", async () => {
    const dashboard = await page(evaluator);
    const total = dashboard.trend[1]?.figures as OutcomeFiguresView;
    const ruleSet = currentRuleSet("us_learning_community");
    const rows = await readStoredSummaries(
      t.database.db,
      dashboard.parts.map((p) => p.id),
      [QUARTER],
      ruleSet,
    );
    const truth = (organisationId: string) =>
      figuresOf(
        mergeStored(
          rows.filter((r) => r.organisationId === organisationId),
          quarterPeriod(QUARTER),
          ruleSet,
        ),
      );
    const shownColumns = columns(total);
    let columnsChecked = 0;
    let withheldSeen = 0;
    shownColumns.forEach((totalValue, i) => {
      if (totalValue === null) return;
      const parts = dashboard.parts.map((p) => ({
        shown: columns(p.figures)[i] ?? null,
        real: trueColumns(truth(p.id))[i],
      }));
      const withheld = parts.filter((p) => p.shown === null);
      const residual = totalValue - parts.reduce((sum, p) => sum + (p.shown ?? 0), 0);
      assert.notEqual(withheld.length, 1, `column ${i}: one withheld cell is recoverable`);
      for (const w of withheld) assert.notEqual(residual, w.real, `column ${i}: residual reveals ${w.real}`);
      withheldSeen += withheld.length;
      columnsChecked++;
    });
    assert.equal(shownColumns.length, 11 + 4 * 2 + 3 + jobEndReasons.length);
    assert.ok(columnsChecked >= 10, `checked ${columnsChecked} columns`);
    assert.ok(withheldSeen >= 4, `${withheldSeen} withheld cells under shown totals`);
  });

  test("member organisations' admins see the page; coaches, outsiders and strangers do not", async () => {
    assert.equal((await page(org.A?.admin as TestClient)).parts.length, 3);
    const status = async (who: TestClient) =>
      (await who.get(`/api/networks/${networkId}/outcomes`)).statusCode;
    const cases: Array<[string, TestClient, number]> = [
      ["coach of a member organisation", org.A?.coach as TestClient, 403],
      ["admin of an organisation outside", org.D?.admin as TestClient, 404],
      ["admin of an organisation that ended", org.E?.admin as TestClient, 404],
      ["anonymous", t.client(), 401],
    ];
    for (const [name, who, expected] of cases) assert.equal(await status(who), expected, name);
    assert.equal(cases.length, 4);
    assert.equal((await evaluator.get(`/api/networks/${randomUUID()}/outcomes`)).statusCode, 404);
    const bad = await evaluator.get(`/api/networks/${networkId}/outcomes?quarter=2025-Q5`);
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.quarter);
    const viewed = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "network.outcomes_viewed")
      .where("target_id", "=", networkId)
      .execute();
    assert.ok(viewed.length >= 3);
  });
});

/** Every column whose parts add up to the total: counts, proportions' counts, medians' n, job endings. */
function columns(v: OutcomeFiguresView): Array<number | null> {
  const counts = [
    v.caseloadAtEnd,
    v.caseloadDuringPeriod,
    v.clientsIntoWork,
    v.jobStarts,
    v.educationStarts,
    v.workTrialStarts,
    v.workingAtEnd,
    v.newAgreements,
    v.closures,
    v.employmentRate.numerator,
    v.employmentRate.denominator,
  ];
  const proportions = [
    v.progressionRate,
    v.firstEmployerContactWithin30Days,
    v.jobsLasting90Days,
    v.employmentRate,
  ];
  const medians = [v.daysToFirstEmployerContact, v.daysToFirstJob, v.jobTenureDays];
  return [
    ...counts.map((c) => c.value),
    ...proportions.flatMap((p) => [p.numerator.value, p.denominator.value]),
    ...medians.map((m) => (m.median === null && m.n === 0 ? null : m.n)),
    ...jobEndReasons.map((r) => v.jobEndingsByReason.find((e) => e.reason === r)?.count.value ?? 0),
  ];
}

function trueColumns(f: OutcomeFigures): number[] {
  const proportions = [
    f.progressionRate,
    f.firstEmployerContactWithin30Days,
    f.jobsLasting90Days,
    f.employmentRate,
  ];
  return [
    f.caseloadAtEnd,
    f.caseloadDuringPeriod,
    f.clientsIntoWork,
    f.jobStarts,
    f.educationStarts,
    f.workTrialStarts,
    f.workingAtEnd,
    f.newAgreements,
    f.closures,
    f.employmentRate.numerator,
    f.employmentRate.denominator,
    ...proportions.flatMap((p) => [p.numerator, p.denominator]),
    f.daysToFirstEmployerContact.n,
    f.daysToFirstJob.n,
    f.jobTenureDays.n,
    ...jobEndReasons.map((r) => f.jobEndingsByReason[r] ?? 0),
  ];
}
