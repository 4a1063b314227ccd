import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays } from "../time/dates.ts";
import {
  byDue,
  dueBetween,
  type EpisodeTodoFacts,
  employerNextStepTodo,
  episodeTodos,
  isOverdue,
  stepFingerprint,
} from "./items.ts";

const today = "2026-12-07";
const ago = (n: number) => addDays(today, -n);
const base: EpisodeTodoFacts = {
  clientId: "c1",
  episodeId: "e1",
  phase: "job_search",
  referralDate: ago(200),
  agreementDate: ago(190),
  jobs: [],
  followAlongContacts: [],
  contactOn: [ago(3)],
  careerProfileOn: ago(150),
  // A benefits plan made for the jobs below (V1); benefits-planning.test.ts tests its absence.
  benefitsPlanOn: ago(60),
  planSteps: [],
};
const met = (on: string) => ({ on, mode: "face_to_face", withClient: true, followAlong: true }) as const;
const kinds = (f: Partial<EpisodeTodoFacts>) =>
  episodeTodos({ ...base, ...f }, today).map((i) => `${i.kind}@${i.due}`);

test("episode to-dos on hand-made histories", () => {
  const cases: Array<[string, Partial<EpisodeTodoFacts>, string[]]> = [
    [
      "a recent contact: the next no-contact day is 30 days on",
      {},
      [`no_contact_30_days@${addDays(ago(3), 30)}`],
    ],
    [
      "no contact in 29 days: due tomorrow",
      { contactOn: [ago(29)] },
      [`no_contact_30_days@${addDays(today, 1)}`],
    ],
    ["no contact in 30 days: due today", { contactOn: [ago(30)] }, [`no_contact_30_days@${today}`]],
    [
      "never contacted: counted from the agreement",
      { contactOn: [] },
      [`no_contact_30_days@${addDays(ago(190), 30)}`],
    ],
    [
      "a referral waits for a decision a week",
      { phase: "referred", referralDate: ago(2) },
      [`referral_decision@${addDays(ago(2), 7)}`],
    ],
    ["on hold: nothing is asked", { phase: "on_hold", contactOn: [ago(90)] }, []],
    [
      "closed: nothing is asked",
      {
        phase: "closed",
        contactOn: [ago(90)],
        jobs: [{ id: "j", title: "T", startDate: ago(5), endDate: null, endLearnedOn: null }],
      },
      [],
    ],
    ["declined: nothing is asked", { phase: "declined" }, []],
    [
      "plan steps with a date, not done",
      {
        planSteps: [
          { text: "Soita K-Marketiin", due: ago(1) },
          { text: "Päivitä CV", due: ago(2), doneOn: ago(1) },
          { text: "Ei päivää", due: null },
        ],
      },
      [`no_contact_30_days@${addDays(ago(3), 30)}`, `plan_step@${ago(1)}`],
    ],
    [
      "career profile older than the job start: update due two weeks after it",
      {
        phase: "working",
        followAlongContacts: [met(ago(3))],
        jobs: [{ id: "j", title: "T", startDate: ago(20), endDate: null, endLearnedOn: null }],
      },
      [
        `no_contact_30_days@${addDays(ago(3), 30)}`,
        `career_profile_update@${addDays(ago(20), 14)}`,
        `follow_along_weekly@${addDays(ago(3), 7)}`,
      ],
    ],
    [
      "career profile saved after the job start: no update asked",
      {
        phase: "working",
        careerProfileOn: ago(19),
        followAlongContacts: [met(ago(3))],
        jobs: [{ id: "j", title: "T", startDate: ago(20), endDate: null, endLearnedOn: null }],
      },
      [`no_contact_30_days@${addDays(ago(3), 30)}`, `follow_along_weekly@${addDays(ago(3), 7)}`],
    ],
  ];
  for (const [name, facts, want] of cases) assert.deepEqual(kinds(facts), want, name);
});

test("doing the thing clears it: a recorded contact removes the no-contact and follow-along items", () => {
  const job = { id: "j", title: "T", startDate: ago(10), endDate: null, endLearnedOn: null };
  const before = episodeTodos(
    { ...base, phase: "working", careerProfileOn: ago(5), contactOn: [ago(40)], jobs: [job] },
    today,
  );
  assert.deepEqual(
    before.map((i) => [i.kind, isOverdue(i, today)]),
    [
      ["no_contact_30_days", true],
      ["follow_along_after_start", true],
    ],
  );
  const after = episodeTodos(
    {
      ...base,
      phase: "working",
      careerProfileOn: ago(5),
      contactOn: [ago(40), today],
      followAlongContacts: [met(today)],
      jobs: [job],
    },
    today,
  );
  // What remains is the next instance, with a new key, due in the future.
  assert.ok(after.every((i) => !isOverdue(i, today)));
  assert.ok(after.every((i) => !before.some((b) => b.key === i.key)));
});

test("keys are stable for one instance and differ for the next", () => {
  const a = episodeTodos({ ...base, contactOn: [ago(40)] }, today);
  const b = episodeTodos({ ...base, contactOn: [ago(40)] }, addDays(today, 1));
  assert.equal(a[0]?.key, b[0]?.key);
  const c = episodeTodos({ ...base, contactOn: [ago(1)] }, today);
  assert.notEqual(a[0]?.key, c[0]?.key);
  assert.equal(stepFingerprint("Soita"), stepFingerprint("Soita"));
  assert.notEqual(stepFingerprint("Soita"), stepFingerprint("Soita!"));
});

test("an employer contact's next step stays until the employer is contacted again", () => {
  const facts = {
    contactId: "k1",
    organisationId: "o1",
    employerId: "emp1",
    employerName: "Kahvila Aalto",
    nextStep: "Soita esihenkilölle",
    nextStepOn: ago(1),
    contactedAgain: false,
    clientId: null,
  };
  assert.deepEqual(employerNextStepTodo(facts), {
    key: `employer_next_step:k1:${ago(1)}`,
    kind: "employer_next_step",
    due: ago(1),
    clientId: null,
    subject: "Kahvila Aalto: Soita esihenkilölle",
    target: { kind: "employer_contact", organisationId: "o1", employerId: "emp1" },
  });
  assert.equal(employerNextStepTodo({ ...facts, contactedAgain: true }), null);
});

test("dueBetween gives a calendar's days, in due order", () => {
  const items = episodeTodos(
    {
      ...base,
      planSteps: [
        { text: "b", due: ago(1) },
        { text: "a", due: ago(5) },
        { text: "c", due: today },
      ],
    },
    today,
  );
  assert.deepEqual(
    dueBetween(items, ago(5), ago(1)).map((i) => i.subject),
    ["a", "b"],
  );
  assert.deepEqual(
    [...items].sort(byDue).map((i) => i.due),
    [ago(5), ago(1), today, addDays(ago(3), 30)],
  );
});
