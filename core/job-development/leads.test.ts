import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  advanceLeadStatus,
  fitLead,
  type LeadFacts,
  type PlanPreferences,
  statusFromStages,
} from "./leads.ts";

const plan: PlanPreferences = {
  targetOccupations: [{ title: "Barista", occupationCode: "5131" }],
  targetIndustries: ["I Majoitus- ja ravitsemistoiminta"],
  hoursPerWeekMin: 10,
  hoursPerWeekMax: 25,
  municipalities: ["Tampere"],
};
const lead: LeadFacts = {
  title: "Kahvilan barista",
  occupationCode: "51312",
  hoursPerWeek: 20,
  municipality: "tampere",
  industry: "I",
};

describe("job leads", () => {
  it("moves a lead forward only", () => {
    const cases: Array<[string, string, string]> = [
      ["open", "presented", "presented"],
      ["presented", "interview", "interview"],
      ["interview", "presented", "interview"],
      ["interview", "hired", "hired"],
      ["open", "matched", "open"],
      ["presented", "not_selected", "presented"],
      ["closed", "interview", "closed"],
      ["hired", "presented", "hired"],
    ];
    for (const [from, stage, to] of cases)
      assert.equal(advanceLeadStatus(from, stage), to, `${from} + ${stage}`);
    assert.equal(statusFromStages(["matched", "interview", "presented"]), "interview");
  });

  it("fits a plan by occupation, industry, hours and place", () => {
    assert.deepEqual(fitLead(plan, lead), ["occupation", "industry", "hours", "municipality"]);
    assert.deepEqual(fitLead(plan, { ...lead, occupationCode: null, title: "Siivooja", industry: "N" }), [
      "hours",
      "municipality",
    ]);
    assert.deepEqual(
      fitLead({ ...plan, targetIndustries: ["I"] }, { ...lead, title: "x", occupationCode: "9" }),
      ["industry", "hours", "municipality"],
    );
  });

  it("never suggests a lead outside the plan's hours or places, or with nothing in common", () => {
    assert.equal(fitLead(plan, { ...lead, hoursPerWeek: 37.5 }), null);
    assert.equal(fitLead(plan, { ...lead, municipality: "Helsinki" }), null);
    const empty = {
      targetOccupations: [],
      targetIndustries: [],
      hoursPerWeekMin: null,
      hoursPerWeekMax: null,
      municipalities: [],
    };
    assert.equal(fitLead(empty, lead), null);
    assert.deepEqual(fitLead(empty, { ...lead, hoursPerWeek: null }), null);
  });
});
