import assert from "node:assert/strict";
import { test } from "node:test";
import { type CaseloadFacts, flagsFor } from "./flags.ts";

const today = "2026-11-23";
const base: CaseloadFacts = {
  phase: "job_search",
  referralDate: "2026-09-01",
  agreementDate: "2026-09-10",
  lastContactOn: "2026-11-20",
  firstEmployerContactOn: "2026-09-20",
  latestJobStartOn: null,
  lastFollowAlongOn: null,
};

test("caseload flags follow the IPS expectations", () => {
  const cases: Array<[Partial<CaseloadFacts>, string[]]> = [
    [{}, []],
    [{ lastContactOn: "2026-11-09" }, []],
    [{ lastContactOn: "2026-11-08" }, ["no_contact_14_days"]],
    [{ lastContactOn: null, referralDate: "2026-11-01" }, ["no_contact_14_days"]],
    [{ firstEmployerContactOn: null, agreementDate: "2026-10-24" }, []],
    [{ firstEmployerContactOn: null, agreementDate: "2026-10-23" }, ["no_employer_contact_30_days"]],
    [{ firstEmployerContactOn: null, agreementDate: null }, []],
    [
      { phase: "working", latestJobStartOn: "2026-11-20", lastFollowAlongOn: "2026-11-20" },
      ["job_started_recently"],
    ],
    [
      { phase: "working", latestJobStartOn: "2026-11-10", lastFollowAlongOn: "2026-11-16" },
      ["job_started_recently", "follow_up_due"],
    ],
    [{ phase: "working", latestJobStartOn: "2026-01-10", lastFollowAlongOn: "2026-11-01" }, []],
    [
      { phase: "working", latestJobStartOn: "2026-01-10", lastFollowAlongOn: "2026-10-20" },
      ["follow_up_due"],
    ],
    [{ phase: "closed", lastContactOn: null }, []],
    [{ phase: "referred", lastContactOn: null }, []],
  ];
  for (const [facts, expected] of cases)
    assert.deepEqual(flagsFor({ ...base, ...facts }, today), expected, JSON.stringify(facts));
});
