import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { OutcomeDashboard } from "../../../core/contracts/outcomes.ts";
import { type BuiltStaff, buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The Siun sote IPS project (Joensuu, ended 6/2023; outcomes.md §6) as one quarter of one team
 * with three coaches, read through the API: 63 cooperation agreements; 21 people into work in 30
 * jobs; 18 of them working at the end; 11 others into education. Expected: 21/63 employed with
 * its Wilson interval, 30 job starts, 11 education starts, 18 working at the end, 32 progressed
 * (the 11 are not among the 21).
 */
describe("the Siun sote project through the team dashboard", { timeout: 110_000 }, () => {
  let t: TestApp;
  let page: OutcomeDashboard;
  const coaches: BuiltStaff[] = [];

  before(async () => {
    t = await createTestApp();
    const org = (await buildOrganisation(t.database)).id;
    const team = (await buildTeam(t.database, org)).id;
    for (let i = 0; i < 3; i++)
      coaches.push(await buildStaff(t.database, { organisationId: org, role: "coach", teamId: team }));
    const lead = await buildStaff(t.database, { organisationId: org, role: "team_lead", teamId: team });
    const specs: EpisodeSpec[] = [];
    for (let n = 0; n < 63; n++) {
      const coach = coaches[n % 3] as BuiltStaff;
      const spec: EpisodeSpec = {
        referralDate: "2023-03-20",
        agreementDate: "2023-04-03",
        assignments: [{ teamId: team, coachUserId: coach.id, validFrom: "2023-03-20T08:00:00Z" }],
      };
      if (n < 21) {
        // 21 people into work: 12 with one job, 9 with two (30 jobs); the first 3 no longer
        // working on the last day of the quarter, the other 18 still in a job.
        const ended = n < 3;
        spec.jobs = [{ startDate: "2023-05-02", endDate: ended ? "2023-06-09" : null }];
        if (n >= 12) spec.jobs.push({ startDate: "2023-06-01" });
      } else if (n < 32) {
        spec.studies = [{ startDate: "2023-06-01" }];
      }
      specs.push(spec);
    }
    // In a few batches, each one transaction.
    for (let from = 0; from < specs.length; from += 21)
      await buildEpisodes(t.database, org, lead.id, specs.slice(from, from + 21));
    const client: TestClient = t.client();
    await client.signIn(lead.email, lead.password);
    const response = await client.get(
      `/api/organisations/${org}/teams/${team}/outcomes?quarter=2023-Q2&quarters=1`,
    );
    assert.equal(response.statusCode, 200, response.body);
    page = response.json() as OutcomeDashboard;
  });
  after(() => t.close());

  test("the project's numbers", () => {
    const figures = page.trend[0]?.figures;
    assert.ok(figures);
    assert.equal(page.period.label, "2023-Q2");
    assert.equal(figures.caseloadDuringPeriod.value, 63);
    assert.equal(figures.newAgreements.value, 63);
    assert.equal(figures.employmentRate.numerator.value, 21);
    assert.equal(figures.employmentRate.denominator.value, 63);
    assert.equal(figures.clientsIntoWork.value, 21);
    assert.equal(figures.jobStarts.value, 30);
    assert.equal(figures.educationStarts.value, 11);
    assert.equal(figures.workingAtEnd.value, 18);
    assert.equal(figures.progressionRate.numerator.value, 32);
    assert.equal(figures.progressionRate.denominator.value, 63);
  });

  test("the employment rate with its 95 % Wilson interval", () => {
    const rate = page.trend[0]?.figures.employmentRate;
    assert.ok(rate?.rate !== null && rate?.low !== null && rate?.high !== null && rate);
    // 21/63 = 0.3333; Wilson (z = 1.96): 0.2295–0.4563, worked out by hand.
    assert.ok(Math.abs((rate.rate as number) - 1 / 3) < 1e-9);
    assert.ok(Math.abs((rate.low as number) - 0.2295) < 5e-4, String(rate.low));
    assert.ok(Math.abs((rate.high as number) - 0.4563) < 5e-4, String(rate.high));
  });

  test("the coaches' parts add up to the team", () => {
    assert.equal(page.parts.length, 3);
    const sum = (pick: (f: OutcomeDashboard["parts"][number]["figures"]) => number | null) =>
      page.parts.reduce((total, p) => total + (pick(p.figures) ?? 0), 0);
    assert.equal(
      sum((f) => f.jobStarts.value),
      30,
    );
    assert.equal(
      sum((f) => f.caseloadDuringPeriod.value),
      63,
    );
    assert.equal(
      sum((f) => f.workingAtEnd.value),
      18,
    );
  });
});
