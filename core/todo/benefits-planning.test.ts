import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays } from "../time/dates.ts";
import { benefitsPlanningDue } from "./benefits-planning.ts";
import type { JobFacts } from "./follow-along.ts";
import { episodeTodos } from "./items.ts";

const today = "2026-12-07";
const d = (n: number) => addDays(today, n);
const job = (startDate: string, j: Partial<JobFacts> = {}): JobFacts => ({
  id: "j",
  title: "Varastotyöntekijä",
  startDate,
  endDate: null,
  endLearnedOn: null,
  ...j,
});

type Case = [name: string, jobs: JobFacts[], planOn: string | null, want: string[]];

// V1: planning before the start; each number of benefitsPlanningRule at its boundary.
const cases: Case[] = [
  ["no job, no plan: nothing asked", [], null, []],
  ["a start coming, no plan: due the day before it", [job(d(5))], null, [`j@${d(4)}`]],
  ["a start today, no plan: due yesterday (overdue)", [job(today)], null, [`j@${d(-1)}`]],
  ["started 30 days ago, no plan: still asked", [job(d(-30))], null, [`j@${d(-31)}`]],
  ["started 31 days ago: no longer asked", [job(d(-31))], null, []],
  ["a plan 90 days before the start counts", [job(d(5))], d(-85), []],
  ["a plan 91 days before the start is too old", [job(d(5))], d(-86), [`j@${d(4)}`]],
  ["a plan made late, after the start, counts", [job(d(-10))], d(-2), []],
  ["a job already over: nothing asked", [job(d(-20), { endDate: d(-1) })], null, []],
  ["a job ending today is still asked", [job(d(-20), { endDate: today })], null, [`j@${d(-21)}`]],
  [
    "two starts: the plan counts for the one it was made for",
    [job(d(-20), { id: "a" }), job(d(100), { id: "b" })],
    d(-25),
    [`b@${d(99)}`],
  ],
];

test("benefits planning before a job start (V1), at each boundary", () => {
  for (const [name, jobs, planOn, want] of cases)
    assert.deepEqual(
      benefitsPlanningDue(jobs, planOn, today).map((x) => `${x.jobId}@${x.due}`),
      want,
      name,
    );
});

test("the episode's list asks for it on the plans tab, named by the job", () => {
  const items = episodeTodos(
    {
      clientId: "c1",
      episodeId: "e1",
      phase: "working",
      referralDate: d(-200),
      agreementDate: d(-190),
      jobs: [job(d(3))],
      followAlongContacts: [],
      contactOn: [d(-1)],
      careerProfileOn: d(-100),
      benefitsPlanOn: null,
      planSteps: [],
    },
    today,
  ).filter((i) => i.kind === "benefits_planning");
  assert.deepEqual(
    items.map((i) => [i.key, i.due, i.subject, i.target]),
    [
      [
        `benefits_planning:j:${d(2)}`,
        d(2),
        "Varastotyöntekijä",
        { kind: "client", clientId: "c1", tab: "plans" },
      ],
    ],
  );
  // On hold, nothing is asked.
  assert.equal(
    episodeTodos(
      {
        clientId: "c1",
        episodeId: "e1",
        phase: "on_hold",
        referralDate: d(-200),
        agreementDate: d(-190),
        jobs: [job(d(3))],
        followAlongContacts: [],
        contactOn: [],
        careerProfileOn: null,
        benefitsPlanOn: null,
        planSteps: [],
      },
      today,
    ).length,
    0,
  );
});
