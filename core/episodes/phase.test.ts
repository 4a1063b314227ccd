import assert from "node:assert/strict";
import { test } from "node:test";
import { derivePhase, type PhaseFacts } from "./phase.ts";
import { checkClosure, LOST_CONTACT_MIN_OUTREACH } from "./referral-and-closure.ts";

const base: PhaseFacts = {
  referralDecision: "accepted",
  agreementDate: "2026-01-10",
  closureDate: null,
  onHold: false,
  hasCareerProfile: true,
  currentJobs: 0,
  currentStudies: 0,
};

test("the phase follows the recorded facts", () => {
  const cases: Array<[Partial<PhaseFacts>, string]> = [
    [{ referralDecision: "pending", agreementDate: null, hasCareerProfile: false }, "referred"],
    [{ referralDecision: "declined", agreementDate: null }, "declined"],
    [{ agreementDate: null, hasCareerProfile: false }, "engagement"],
    [{ hasCareerProfile: false }, "career_profile"],
    [{}, "job_search"],
    [{ currentJobs: 1 }, "working"],
    [{ currentStudies: 1 }, "studying"],
    [{ currentJobs: 1, currentStudies: 1 }, "working"],
    [{ onHold: true, currentJobs: 1 }, "on_hold"],
    [{ closureDate: "2026-05-01", currentJobs: 1 }, "closed"],
    [{ referralDecision: "declined", closureDate: "2026-05-01" }, "declined"],
  ];
  for (const [facts, phase] of cases)
    assert.equal(derivePhase({ ...base, ...facts }), phase, JSON.stringify(facts));
});

test("lost contact needs recorded outreach; other reasons do not", () => {
  assert.deepEqual(checkClosure("lost_contact", LOST_CONTACT_MIN_OUTREACH - 1), {
    allowed: false,
    problem: "outreach_required",
    required: LOST_CONTACT_MIN_OUTREACH,
  });
  assert.deepEqual(checkClosure("lost_contact", LOST_CONTACT_MIN_OUTREACH), { allowed: true });
  assert.deepEqual(checkClosure("client_wish", 0), { allowed: true });
});
