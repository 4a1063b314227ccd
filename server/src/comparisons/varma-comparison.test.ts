import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { translate } from "../../../core/i18n/index.ts";
import { buildStaff } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { type ComparisonSetup, setUpComparisons } from "./comparison-test-setup.ts";

/**
 * The Varma + Spring House pilot (outcomes.md §6): 27 clients, 8 in paid (competitive) work and 8
 * more into work through work trials; 30 % against 19 % in a comparison group of its size. With
 * 27 people in each group the difference's interval spans zero, and the sentence must say so.
 */
describe("Varma pilot against its comparison group, through the API", { timeout: 120_000 }, () => {
  let t: TestApp;
  let s: ComparisonSetup;

  before(async () => {
    t = await createTestApp();
    s = await setUpComparisons(t);
    const author = await buildStaff(t.database, { organisationId: s.orgId, role: "coach", teamId: s.teamId });
    const base = {
      referralDate: "2020-11-02",
      agreementDate: "2020-11-16",
      assignments: [{ teamId: s.teamId, coachUserId: s.coachUserId, validFrom: "2020-11-02T08:00:00Z" }],
    };
    const specs: EpisodeSpec[] = [
      ...Array.from({ length: 8 }, (_, i) => ({
        ...base,
        jobs: [
          { startDate: `2021-0${2 + (i % 4)}-01`, contractType: "open_ended" as const, hoursPerWeek: 20 },
        ],
      })),
      ...Array.from({ length: 8 }, () => ({
        ...base,
        workTrials: [{ startDate: "2021-03-01", endDate: "2021-05-31" }],
      })),
      ...Array.from({ length: 11 }, () => base),
    ];
    assert.equal(specs.length, 27);
    await buildEpisodes(t.database, s.orgId, author.id, specs);
  });
  after(() => t.close());

  test("8/27 ≈ 30 % against 5/27 ≈ 19 %: the interval includes 0 and the sentence says the data cannot tell", async () => {
    const created = await s.as.evaluator.post(`/api/organisations/${s.orgId}/comparison-cohorts`, {
      kind: "aggregate",
      name: "Usual services",
      sourceDescription: "Varma pilot comparison group (news item, April 2021)",
      counts: [{ periodFrom: "2021-01-01", periodTo: "2021-06-30", denominator: 27, employed: 5 }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const response = await s.as.team_lead.get(
      `/api/organisations/${s.orgId}/teams/${s.teamId}/outcomes/comparison?cohortId=${created.json().id}`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const c = response.json();
    assert.deepEqual(c.period, { from: "2021-01-01", to: "2021-06-30", label: "2021-01-01–2021-06-30" });
    assert.deepEqual(c.ruleSet, { id: "us_learning_community", version: 1 });
    assert.deepEqual([c.ips.numerator, c.ips.denominator], [8, 27], "work trials are not employment");
    assert.deepEqual([c.comparison.numerator, c.comparison.denominator], [5, 27]);
    assert.equal(Math.round(c.ips.rate * 100), 30);
    assert.equal(Math.round(c.comparison.rate * 100), 19);
    assert.ok(c.ips.low < c.ips.rate && c.ips.rate < c.ips.high);
    assert.ok(Math.abs(c.difference.estimate - 3 / 27) < 1e-9);
    assert.ok(
      c.difference.low < 0 && c.difference.high > 0,
      `interval ${c.difference.low}…${c.difference.high}`,
    );
    assert.ok(c.ratio.low < 1 && c.ratio.high > 1);
    assert.match(c.sentence, /cannot tell the groups apart/);
    assert.ok(c.sentence.includes("The difference is 11 percentage points"), c.sentence);

    const unemployedOnly = await s.as.team_lead.get(
      `/api/organisations/${s.orgId}/teams/${s.teamId}/outcomes/comparison?cohortId=${created.json().id}&situation=sick_leave`,
    );
    assert.equal(unemployedOnly.statusCode, 200);
    assert.equal(unemployedOnly.json().ips.denominator, 0, "nobody started on sick leave");
    assert.equal(unemployedOnly.json().sentence, translate("en", "metrics.comparison.notEnoughData"));

    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "outcomes.compared")
      .execute();
    assert.equal(audit.length, 2);
    assert.deepEqual(audit[0]?.details, {
      teamId: s.teamId,
      cohortId: created.json().id,
      ruleSet: "us_learning_community",
      from: "2021-01-01",
      to: "2021-06-30",
      situation: null,
    });
  });
});
