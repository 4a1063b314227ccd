import assert from "node:assert/strict";
import { test } from "node:test";
import { countWeek, type JobDevelopmentEvent, lastWeeks, weekStartOf } from "./weekly.ts";

test("weeks start on Monday in Finnish time", () => {
  assert.equal(weekStartOf("2026-11-23"), "2026-11-23"); // a Monday
  assert.equal(weekStartOf("2026-11-29"), "2026-11-23"); // Sunday
  assert.equal(weekStartOf("2026-11-30"), "2026-11-30");
  assert.equal(weekStartOf("2027-01-01"), "2026-12-28");
  assert.deepEqual(lastWeeks("2026-11-25", 3), ["2026-11-09", "2026-11-16", "2026-11-23"]);
});

const at = (iso: string) => new Date(iso);
const contact = (over: Partial<Extract<JobDevelopmentEvent, { kind: "contact" }>>): JobDevelopmentEvent => ({
  kind: "contact",
  coachUserId: "c1",
  at: at("2026-11-24T09:00:00Z"),
  employerId: "e1",
  faceToFace: true,
  presentedClientIds: [],
  interviewClientIds: [],
  hiredClientIds: [],
  ...over,
});

test("a hand-made week of contacts and lead steps", () => {
  const events: JobDevelopmentEvent[] = [
    contact({ presentedClientIds: ["a"] }),
    contact({ employerId: "e2", presentedClientIds: ["a", "b"] }),
    contact({ employerId: "e3", faceToFace: false, interviewClientIds: ["b"] }),
    contact({ employerId: "e1", at: at("2026-11-29T22:30:00Z") }), // Monday 30.11. 00:30 in Helsinki: next week
    contact({ employerId: "e4", at: at("2026-11-22T21:59:00Z") }), // Sunday 22.11. 23:59 in Helsinki: last week
    {
      kind: "lead",
      coachUserId: "c1",
      at: at("2026-11-25T10:00:00Z"),
      employerId: "e3",
      clientId: "b",
      stage: "interview",
    },
    {
      kind: "lead",
      coachUserId: "c1",
      at: at("2026-11-27T10:00:00Z"),
      employerId: "e3",
      clientId: "b",
      stage: "hired",
    },
    contact({ employerId: "e3", hiredClientIds: ["b"], at: at("2026-11-27T12:00:00Z") }),
  ];
  assert.deepEqual(countWeek(events, "2026-11-23"), {
    weekStart: "2026-11-23",
    faceToFaceContacts: 3,
    distinctEmployers: 3,
    jobSeekersPresented: 2,
    interviews: 1,
    hires: 1,
  });
  assert.equal(countWeek(events, "2026-11-30").faceToFaceContacts, 1);
  assert.equal(countWeek(events, "2026-11-16").faceToFaceContacts, 1);
});
