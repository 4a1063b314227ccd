import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays } from "../time/dates.ts";
import { type FollowAlongContact, followAlongDue, type JobFacts } from "./follow-along.ts";

/** A follow-along visit met face to face with the client: what V12 counts. */
const visit = (on: string, c: Partial<FollowAlongContact> = {}): FollowAlongContact => ({
  on,
  mode: "face_to_face",
  withClient: true,
  followAlong: true,
  ...c,
});
const visits = (days: string[]) => days.map((on) => visit(on));
const S = "2026-11-10";
const d = (n: number) => addDays(S, n);
const job: JobFacts = {
  id: "job-a",
  title: "Varastotyöntekijä",
  startDate: S,
  endDate: null,
  endLearnedOn: null,
};

type Case = [name: string, today: string, followAlongOn: string[], want: string[], j?: Partial<JobFacts>];

// Each V12 timing at its boundary: the day before, on, and after.
const cases: Case[] = [
  // Before the start: a visit within 7 days before it (S−7 … S−1).
  [
    "no visit yet, a week ahead",
    d(-7),
    [],
    [`follow_along_before_start@${d(-1)}`, `follow_along_after_start@${d(3)}`],
  ],
  [
    "visit 8 days before does not count",
    d(-2),
    [d(-8)],
    [`follow_along_before_start@${d(-1)}`, `follow_along_after_start@${d(3)}`],
  ],
  ["visit 7 days before counts", d(-2), [d(-7)], [`follow_along_after_start@${d(3)}`]],
  ["visit the day before counts", d(-1), [d(-1)], [`follow_along_after_start@${d(3)}`]],
  [
    "due the day before the start, still asked on it",
    d(-1),
    [],
    [`follow_along_before_start@${d(-1)}`, `follow_along_after_start@${d(3)}`],
  ],
  ["on the start day the before-visit can no longer be made", d(0), [], [`follow_along_after_start@${d(3)}`]],
  // After the start: within 3 days (S … S+3); a visit before the start does not count.
  [
    "a visit before the start does not clear the after-start one",
    d(1),
    [d(-1)],
    [`follow_along_after_start@${d(3)}`],
  ],
  ["after-start due on day 3", d(3), [], [`follow_along_after_start@${d(3)}`]],
  ["after-start overdue on day 4", d(4), [], [`follow_along_after_start@${d(3)}`]],
  ["a visit on the start day clears it; weekly follows", d(1), [d(0)], [`follow_along_weekly@${d(7)}`]],
  ["a late visit still clears it", d(10), [d(9)], [`follow_along_weekly@${d(16)}`]],
  // Weekly in the first month (to S+30), then monthly.
  ["weekly due exactly at the end of the first month", d(25), [d(23)], [`follow_along_weekly@${d(30)}`]],
  ["a week later falls after the first month: monthly", d(25), [d(24)], [`follow_along_monthly@${d(54)}`]],
  ["monthly while working", d(120), [d(100)], [`follow_along_monthly@${d(130)}`]],
  ["monthly overdue the day after", d(131), [d(100)], [`follow_along_monthly@${d(130)}`]],
  // Job loss: within 3 days after it becomes known.
  [
    "job loss known, no contact since",
    d(41),
    [d(30)],
    [`follow_along_after_job_loss@${d(43)}`],
    { endDate: d(38), endLearnedOn: d(40) },
  ],
  [
    "contact the day before the loss was known does not count",
    d(41),
    [d(39)],
    [`follow_along_after_job_loss@${d(43)}`],
    { endDate: d(38), endLearnedOn: d(40) },
  ],
  ["contact the day it was known clears it", d(41), [d(40)], [], { endDate: d(38), endLearnedOn: d(40) }],
  [
    "the end date when the learning day is not recorded",
    d(41),
    [d(30)],
    [`follow_along_after_job_loss@${d(41)}`],
    { endDate: d(38) },
  ],
  // A job ending the day it starts: no after-start visit, the job-loss contact instead.
  [
    "a job ending the day it starts",
    d(1),
    [],
    [`follow_along_after_job_loss@${d(3)}`],
    { endDate: d(0), endLearnedOn: d(0) },
  ],
  // A known future end: the pattern runs to the end, not past it.
  [
    "monthly due after a known end is not asked",
    d(50),
    [d(40)],
    [`follow_along_after_job_loss@${d(63)}`],
    { endDate: d(60) },
  ],
];

test("the follow-along pattern of V12, each timing at its boundary", () => {
  for (const [name, today, followAlongOn, want, j] of cases) {
    const got = followAlongDue({ ...job, ...j }, visits(followAlongOn), today).map(
      (x) => `${x.kind}@${x.due}`,
    );
    assert.deepEqual(got, want, name);
  }
});

test("any face-to-face contact with the client after a job loss clears the job-loss contact", () => {
  const ended = { ...job, endDate: d(38), endLearnedOn: d(40) };
  const met = (on: string) => visit(on, { followAlong: false });
  assert.deepEqual(followAlongDue(ended, [visit(d(30)), met(d(40))], d(41)), []);
  assert.equal(followAlongDue(ended, [visit(d(30)), met(d(39))], d(41)).length, 1);
});

// V12 asks for face-to-face contact with the worker: each mode and the client's presence at the
// boundary of what counts, for the after-start visit, the weekly visit and the job-loss contact.
const how: Array<[name: string, c: Partial<FollowAlongContact>, counts: boolean]> = [
  ["face to face with the client", {}, true],
  ["by phone", { mode: "phone" }, false],
  ["by video", { mode: "video" }, false],
  ["by message", { mode: "message" }, false],
  ["face to face, employer only (client not there)", { withClient: false }, false],
];

test("only a face-to-face contact with the client keeps the follow-along pattern", () => {
  for (const [name, c, counts] of how) {
    const afterStart = followAlongDue(job, [visit(d(1), c)], d(2)).map((x) => x.kind);
    assert.deepEqual(afterStart, [counts ? "follow_along_weekly" : "follow_along_after_start"], name);
    const weekly = followAlongDue(job, [visit(d(1)), visit(d(8), c)], d(9)).map((x) => x.due);
    assert.deepEqual(weekly, [counts ? d(15) : d(8)], name);
    const ended = { ...job, endDate: d(38), endLearnedOn: d(40) };
    const loss = followAlongDue(ended, [visit(d(30)), visit(d(40), { ...c, followAlong: false })], d(41));
    assert.equal(loss.length, counts ? 0 : 1, name);
  }
});

test("a contact in person without a follow-along purpose does not keep the start pattern", () => {
  const met = visit(d(1), { followAlong: false });
  assert.deepEqual(
    followAlongDue(job, [met], d(2)).map((x) => x.kind),
    ["follow_along_after_start"],
  );
});

test("parallel jobs: one contact with the client counts for both", () => {
  const b: JobFacts = { ...job, id: "job-b", startDate: d(20) };
  const before = [job, b].flatMap((j) => followAlongDue(j, visits([d(15)]), d(21)));
  assert.deepEqual(
    before.map((x) => `${x.jobId} ${x.kind}@${x.due}`),
    [`job-a follow_along_weekly@${d(22)}`, `job-b follow_along_after_start@${d(23)}`],
  );
  const after = [job, b].flatMap((j) => followAlongDue(j, visits([d(15), d(21)]), d(21)));
  assert.deepEqual(
    after.map((x) => `${x.jobId} ${x.kind}@${x.due}`),
    [`job-a follow_along_weekly@${d(28)}`, `job-b follow_along_weekly@${d(28)}`],
  );
});
