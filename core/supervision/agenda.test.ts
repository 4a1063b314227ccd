import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ContactEvent } from "../job-development/weekly.ts";
import { addDays } from "../time/dates.ts";
import {
  employerContactsThisWeek,
  type SupervisionFacts,
  type SupervisionJob,
  supervisionItemsFor,
  supervisionWeek,
} from "./agenda.ts";

const today = "2026-12-07"; // a Monday
const ago = (days: number) => addDays(today, -days);
const searching: SupervisionFacts = {
  phase: "job_search",
  referralDate: ago(200),
  agreementDate: ago(180),
  lastFaceToFaceEmployerContactOn: null,
  jobs: [],
};
const job = (over: Partial<SupervisionJob>): SupervisionJob => ({
  startDate: ago(100),
  endDate: null,
  endReason: null,
  endLearnedOn: null,
  ...over,
});
const kinds = (f: Partial<SupervisionFacts>) =>
  supervisionItemsFor({ ...searching, ...f }, today).map((i) => i.kind);

describe("no face-to-face employer contact in 30 days of job search", () => {
  const cases: Array<[string, Partial<SupervisionFacts>, boolean]> = [
    ["last contact 29 days ago", { lastFaceToFaceEmployerContactOn: ago(29) }, false],
    ["last contact 30 days ago", { lastFaceToFaceEmployerContactOn: ago(30) }, false],
    ["last contact 31 days ago", { lastFaceToFaceEmployerContactOn: ago(31) }, true],
    ["never, agreement 30 days ago", { agreementDate: ago(30) }, false],
    ["never, agreement 31 days ago", { agreementDate: ago(31) }, true],
    ["still making the career profile, 31 days", { phase: "career_profile", agreementDate: ago(31) }, true],
    ["a job ended 30 days ago restarts the search", { jobs: [job({ endDate: ago(30) })] }, false],
    ["a job ended 31 days ago", { jobs: [job({ endDate: ago(31) })] }, true],
    ["working", { phase: "working" }, false],
    ["studying", { phase: "studying" }, false],
    ["on hold", { phase: "on_hold" }, false],
    ["no agreement yet (engagement)", { phase: "engagement", agreementDate: null }, false],
  ];
  for (const [name, facts, shown] of cases) {
    test(name, () => assert.equal(kinds(facts).includes("no_employer_contact"), shown));
  }

  test("the line says since when and how many days", () => {
    assert.deepEqual(supervisionItemsFor({ ...searching, lastFaceToFaceEmployerContactOn: ago(31) }, today), [
      { kind: "no_employer_contact", since: ago(31), days: 31 },
    ]);
  });
});

describe("new job starts in the first month", () => {
  const working: Partial<SupervisionFacts> = { phase: "working" };
  const cases: Array<[string, SupervisionJob, boolean]> = [
    ["started today (day 0)", job({ startDate: today }), true],
    ["day 29", job({ startDate: ago(29) }), true],
    ["day 30", job({ startDate: ago(30) }), true],
    ["day 31", job({ startDate: ago(31) }), false],
    ["starts tomorrow", job({ startDate: addDays(today, 1) }), false],
    [
      "started 10 days ago, already ended",
      job({ startDate: ago(10), endDate: ago(2), endReason: "other" }),
      false,
    ],
    [
      "its last day is today: a loss, not a new job",
      job({ startDate: ago(10), endDate: today, endReason: "other" }),
      false,
    ],
  ];
  for (const [name, j, shown] of cases) {
    test(name, () => assert.equal(kinds({ ...working, jobs: [j] }).includes("new_job"), shown));
  }
});

describe("job losses in the last two weeks", () => {
  const cases: Array<[string, SupervisionJob, boolean]> = [
    ["ended today", job({ endDate: today, endReason: "dismissed" }), true],
    ["ended 14 days ago", job({ endDate: ago(14), endReason: "health" }), true],
    ["ended 15 days ago", job({ endDate: ago(15), endReason: "health" }), false],
    [
      "ended 20 days ago, learned 14 days ago",
      job({ endDate: ago(20), endReason: "laid_off", endLearnedOn: ago(14) }),
      true,
    ],
    [
      "ended 20 days ago, learned 15 days ago",
      job({ endDate: ago(20), endReason: "laid_off", endLearnedOn: ago(15) }),
      false,
    ],
    [
      "left for a better job 3 days ago",
      job({ endDate: ago(3), endReason: "resigned_for_better_job" }),
      false,
    ],
    ["a fixed term ended 3 days ago", job({ endDate: ago(3), endReason: "fixed_term_ended" }), true],
    ["ends next week", job({ endDate: addDays(today, 7), endReason: "fixed_term_ended" }), false],
    ["still going", job({}), false],
  ];
  for (const [name, j, shown] of cases) {
    test(name, () => assert.equal(kinds({ phase: "job_search", jobs: [j] }).includes("job_loss"), shown));
  }
});

describe("referrals waiting more than a week", () => {
  const cases: Array<[string, Partial<SupervisionFacts>, boolean]> = [
    ["7 days old", { phase: "referred", referralDate: ago(7), agreementDate: null }, false],
    ["8 days old", { phase: "referred", referralDate: ago(8), agreementDate: null }, true],
    ["decided (engagement)", { phase: "engagement", referralDate: ago(30), agreementDate: null }, false],
    ["declined", { phase: "declined", referralDate: ago(30), agreementDate: null }, false],
  ];
  for (const [name, facts, shown] of cases) {
    test(name, () => assert.equal(kinds(facts).includes("referral_waiting"), shown));
  }
});

describe("face-to-face employer contacts this week (V6), Monday–Sunday in Finland", () => {
  const contact = (at: string, faceToFace = true): ContactEvent => ({
    kind: "contact",
    coachUserId: "c",
    at: new Date(at),
    employerId: `e-${at}`,
    faceToFace,
    presentedClientIds: [],
    interviewClientIds: [],
    hiredClientIds: [],
  });

  test("the week of a Sunday runs from the Monday before", () => {
    assert.deepEqual(supervisionWeek("2026-12-13"), { monday: "2026-12-07", sunday: "2026-12-13" });
    assert.deepEqual(supervisionWeek("2026-12-07"), { monday: "2026-12-07", sunday: "2026-12-13" });
  });

  const cases: Array<[string, string, boolean]> = [
    // Winter time is UTC+2: Monday 00:00 in Helsinki is Sunday 22:00 UTC.
    ["Sunday 23:59 in Helsinki belongs to last week", "2026-12-06T21:59:00Z", false],
    ["Monday 00:00 in Helsinki is this week", "2026-12-06T22:00:00Z", true],
    ["Sunday 23:59 in Helsinki is still this week", "2026-12-13T21:59:00Z", true],
    ["the next Monday 00:00 in Helsinki is next week", "2026-12-13T22:00:00Z", false],
  ];
  for (const [name, at, counted] of cases) {
    test(name, () =>
      assert.equal(employerContactsThisWeek([contact(at)], "2026-12-10", 1).count, counted ? 1 : 0),
    );
  }

  test("summer time (UTC+3) moves the boundary an hour", () => {
    const events = [contact("2026-06-07T20:59:00Z"), contact("2026-06-07T21:00:00Z")];
    assert.equal(employerContactsThisWeek(events, "2026-06-08", 1).count, 1);
  });

  test("only face-to-face contacts count, against six per full-time coach scaled by FTE", () => {
    const week = ["08", "09", "10", "11", "12", "13"].map((d) => contact(`2026-12-${d}T10:00:00Z`));
    assert.deepEqual(employerContactsThisWeek(week, "2026-12-13", 1), { count: 6, target: 6, met: true });
    assert.deepEqual(employerContactsThisWeek(week.slice(1), "2026-12-13", 1), {
      count: 5,
      target: 6,
      met: false,
    });
    assert.deepEqual(employerContactsThisWeek(week.slice(2), "2026-12-13", 0.5), {
      count: 4,
      target: 3,
      met: true,
    });
    assert.deepEqual(employerContactsThisWeek([contact("2026-12-08T10:00:00Z", false)], "2026-12-13", null), {
      count: 0,
      target: 6,
      met: false,
    });
  });
});
