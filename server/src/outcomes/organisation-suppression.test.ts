import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

/**
 * Small cells cannot be recovered through the organisation's page: every count under 5 is
 * withheld, and no withheld cell can be worked out by subtracting the shown parts from the shown
 * total (issue 9, "test it by trying to subtract").
 */
describe("suppression on the organisation's page", { timeout: 110_000 }, () => {
  let t: TestApp;
  let page: OutcomeDashboard;

  before(async () => {
    t = await createTestApp();
    const org = (await buildOrganisation(t.database)).id;
    const admin = await buildStaff(t.database, { organisationId: org, role: "evaluator" });
    const author = await buildStaff(t.database, { organisationId: org, role: "org_admin" });
    // Three teams of 12, 9 and 3 clients; of them 6, 5 and 1 start a job in the quarter, and
    // 2, 0 and 1 start studies.
    for (const [clients, jobs, studies] of [
      [12, 6, 2],
      [9, 5, 0],
      [3, 1, 1],
    ] as const) {
      const team = (await buildTeam(t.database, org)).id;
      const specs: EpisodeSpec[] = Array.from({ length: clients }, (_, n) => ({
        referralDate: "2025-03-01",
        agreementDate: n % 2 === 0 ? "2025-07-10" : "2025-03-10",
        assignments: [{ teamId: team, validFrom: "2025-03-01T08:00:00Z" }],
        jobs: n < jobs ? [{ startDate: "2025-08-01" }] : [],
        studies: n >= jobs && n < jobs + studies ? [{ startDate: "2025-08-15" }] : [],
      }));
      await buildEpisodes(t.database, org, author.id, specs);
    }
    const client = t.client();
    await client.signIn(admin.email, admin.password);
    const response = await client.get(`/api/organisations/${org}/outcomes?quarter=2025-Q3&quarters=1`);
    assert.equal(response.statusCode, 200, response.body);
    page = response.json() as OutcomeDashboard;
  });
  after(() => t.close());

  type Figures = OutcomeDashboard["parts"][number]["figures"];
  type Cell = Figures["jobStarts"];
  const columns: Array<[string, (f: Figures) => Cell]> = [
    ["caseloadDuringPeriod", (f) => f.caseloadDuringPeriod],
    ["caseloadAtEnd", (f) => f.caseloadAtEnd],
    ["clientsIntoWork", (f) => f.clientsIntoWork],
    ["jobStarts", (f) => f.jobStarts],
    ["educationStarts", (f) => f.educationStarts],
    ["workingAtEnd", (f) => f.workingAtEnd],
    ["newAgreements", (f) => f.newAgreements],
    ["employed", (f) => f.employmentRate.numerator],
    ["employmentBase", (f) => f.employmentRate.denominator],
    ["progressed", (f) => f.progressionRate.numerator],
  ];

  test("every small count is withheld", () => {
    assert.equal(page.suppressionThreshold, 5);
    assert.equal(page.parts.length, 3);
    let shown = 0;
    for (const [name, pick] of columns) {
      for (const figures of [...page.parts.map((p) => p.figures), page.trend[0]?.figures as Figures]) {
        const cell = pick(figures);
        if (cell.suppressed !== false) continue;
        shown++;
        assert.ok(cell.value === 0 || (cell.value as number) >= 5, `${name}: ${cell.value} shown`);
      }
    }
    assert.ok(shown > 0, "something is shown at all");
  });

  test("no withheld cell is the shown total minus the shown parts", () => {
    let tried = 0;
    for (const [name, pick] of columns) {
      const total = pick(page.trend[0]?.figures as Figures);
      if (total.suppressed !== false) continue;
      const cells = page.parts.map((p) => pick(p.figures));
      const withheld = cells.filter((c) => c.suppressed !== false);
      const visible = cells.filter((c) => c.suppressed === false).reduce((s, c) => s + (c.value ?? 0), 0);
      tried++;
      // One withheld cell beside a shown total would be recovered exactly by subtraction.
      assert.notEqual(withheld.length, 1, `${name}: ${(total.value ?? 0) - visible} recovered`);
    }
    assert.ok(tried >= 3, `${tried} columns with a shown total were tried`);
  });

  test("the rates of withheld counts are withheld too", () => {
    for (const part of page.parts) {
      const rate = part.figures.employmentRate;
      if (rate.numerator.suppressed !== false || rate.denominator.suppressed !== false)
        assert.equal(rate.rate, null);
    }
  });
});
