import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { OutcomePeriod } from "../../../core/outcomes/types.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { loadOutcomeFacts, loadOutcomeFactsByPeriod } from "./load-outcome-facts.ts";

/**
 * The loader's attribution rule (outcomes.md): accepted episodes with an agreement on or before
 * the period's end, not closed before its start, each counted once, for the team and coach of
 * the assignment in force at the end of min(period end, closure, asOf), Finnish time.
 */
describe("loading outcome facts", { timeout: 110_000 }, () => {
  let t: TestApp;
  let teamA: string;
  let teamB: string;
  let coachA: string;
  let coachB: string;
  const q3: OutcomePeriod = { from: "2025-07-01", to: "2025-09-30", label: "2025-Q3" };
  const asOf = "2026-01-15";
  const long = "2024-01-01T08:00:00Z";
  const byName = new Map<string, string>();

  before(async () => {
    t = await createTestApp();
    const org = (await buildOrganisation(t.database)).id;
    teamA = (await buildTeam(t.database, org)).id;
    teamB = (await buildTeam(t.database, org)).id;
    coachA = (await buildStaff(t.database, { organisationId: org, role: "coach", teamId: teamA })).id;
    coachB = (await buildStaff(t.database, { organisationId: org, role: "coach", teamId: teamB })).id;
    const inA = [{ teamId: teamA, coachUserId: coachA, validFrom: long }];
    const specs: Array<EpisodeSpec & { firstName: string }> = [
      {
        firstName: "working",
        referralDate: "2025-06-01",
        agreementDate: "2025-06-10",
        assignments: inA,
        jobs: [
          { startDate: "2025-08-01", hourlyWage: 14.25, hoursPerWeek: 22.5 },
          { startDate: "2025-09-01", setAside: true },
        ],
        studies: [{ startDate: "2025-08-15", endDate: "2025-12-20" }],
        workTrials: [{ startDate: "2025-07-01", endDate: "2025-07-31" }],
        // 23:30 UTC on 1 Aug is 2 Aug in Finland.
        employerContactAt: "2025-08-01T23:30:00Z",
      },
      { firstName: "pending", referralDate: "2025-08-01", decision: "pending", assignments: inA },
      { firstName: "declined", referralDate: "2025-08-01", decision: "declined", assignments: inA },
      { firstName: "noAgreement", referralDate: "2025-08-01", assignments: inA },
      { firstName: "agreedLater", referralDate: "2025-09-01", agreementDate: "2025-10-01", assignments: inA },
      {
        firstName: "closedBefore",
        referralDate: "2025-01-01",
        agreementDate: "2025-01-10",
        closureDate: "2025-06-30",
        assignments: inA,
      },
      {
        firstName: "closedInside",
        referralDate: "2025-01-01",
        agreementDate: "2025-01-10",
        closureDate: "2025-07-01",
        // Moved to team B after closing: still A's, the team it closed in.
        assignments: [...inA, { teamId: teamB, coachUserId: coachB, validFrom: "2025-08-01T08:00:00Z" }],
      },
      {
        firstName: "movedToB",
        referralDate: "2025-01-01",
        agreementDate: "2025-01-10",
        assignments: [...inA, { teamId: teamB, coachUserId: coachB, validFrom: "2025-09-15T08:00:00Z" }],
      },
      {
        // Reassigned at 01:30 on 1 October in Finland (22:30 UTC on 30 September): still A's in Q3.
        firstName: "movedAfterMidnight",
        referralDate: "2025-01-01",
        agreementDate: "2025-01-10",
        assignments: [...inA, { teamId: teamB, coachUserId: coachB, validFrom: "2025-09-30T22:30:00Z" }],
      },
      {
        // Keyed in late: its only assignment starts after the period; it has no other team.
        firstName: "keyedInLate",
        referralDate: "2025-05-01",
        agreementDate: "2025-05-02",
        assignments: [{ teamId: teamA, coachUserId: null, validFrom: "2025-12-01T08:00:00Z" }],
      },
    ];
    const built = await buildEpisodes(t.database, org, coachA, specs);
    specs.forEach((s, i) => {
      byName.set(built[i]?.episodeId as string, s.firstName);
    });
  });
  after(() => t.close());

  const names = (facts: { episodeId: string }[]) => facts.map((f) => byName.get(f.episodeId)).sort();

  test("team A's episodes in the quarter, each attributed once", async () => {
    const a = await loadOutcomeFacts(t.database.db, [teamA], q3, asOf);
    assert.deepEqual(names(a), ["closedInside", "keyedInLate", "movedAfterMidnight", "working"]);
    const b = await loadOutcomeFacts(t.database.db, [teamB], q3, asOf);
    assert.deepEqual(names(b), ["movedToB"]);
    assert.equal(b[0]?.coachUserId, coachB);
    const both = await loadOutcomeFacts(t.database.db, [teamA, teamB], q3, asOf);
    assert.equal(both.length, a.length + b.length);
  });

  test("asOf inside the period attributes by the assignment on that day", async () => {
    const early = await loadOutcomeFacts(t.database.db, [teamA], q3, "2025-09-01");
    assert.ok(names(early).includes("movedToB"));
  });

  test("the facts of one episode: jobs with core's competitive rule, spells, Finnish dates", async () => {
    const [working] = (await loadOutcomeFacts(t.database.db, [teamA], q3, asOf)).filter(
      (f) => byName.get(f.episodeId) === "working",
    );
    assert.ok(working);
    assert.equal(working.teamId, teamA);
    assert.equal(working.coachUserId, coachA);
    assert.equal(working.referralDecision, "accepted");
    assert.equal(working.agreementDate, "2025-06-10");
    assert.equal(working.firstEmployerContactOn, "2025-08-02");
    assert.deepEqual(
      working.jobs.map((j) => [j.startDate, j.competitive, j.hourlyWage, j.hoursPerWeek]),
      [
        ["2025-08-01", true, 14.25, 22.5],
        ["2025-09-01", false, 13.5, 20],
      ],
    );
    assert.deepEqual(working.studies, [{ startDate: "2025-08-15", endDate: "2025-12-20" }]);
    assert.deepEqual(working.workTrials, [{ startDate: "2025-07-01", endDate: "2025-07-31" }]);
  });

  test("several periods at once: each period as if loaded alone (a trend, the stored quarters)", async () => {
    const quarters: OutcomePeriod[] = [
      { from: "2025-01-01", to: "2025-03-31", label: "2025-Q1" },
      { from: "2025-04-01", to: "2025-06-30", label: "2025-Q2" },
      q3,
      { from: "2025-10-01", to: "2025-12-31", label: "2025-Q4" },
    ];
    for (const teams of [[teamA], [teamB], [teamA, teamB]]) {
      const together = await loadOutcomeFactsByPeriod(t.database.db, teams, quarters, asOf);
      for (const quarter of quarters)
        assert.deepEqual(
          together.get(quarter.label),
          await loadOutcomeFacts(t.database.db, teams, quarter, asOf),
          `${quarter.label}, ${teams.length} team(s)`,
        );
    }
    // Q2 holds "closedBefore"'s last day and not "keyedInLate"'s team B; Q4 has "movedToB" in B.
    const a = await loadOutcomeFactsByPeriod(t.database.db, [teamA], quarters, asOf);
    assert.ok(names(a.get("2025-Q2") ?? []).includes("closedBefore"));
    assert.ok(!names(a.get("2025-Q4") ?? []).includes("movedToB"));
    const b = await loadOutcomeFactsByPeriod(t.database.db, [teamB], quarters, asOf);
    assert.deepEqual(names(b.get("2025-Q4") ?? []), ["movedAfterMidnight", "movedToB"]);
  });

  test("no teams, nothing read", async () => {
    assert.deepEqual(await loadOutcomeFacts(t.database.db, [], q3, asOf), []);
  });
});
