import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { activityTypes } from "../contracts/activities.ts";
import { activityDefaults } from "./type-defaults.ts";

describe("activity type defaults", () => {
  const cases: Array<[(typeof activityTypes)[number], ReturnType<typeof activityDefaults>]> = [
    ["phone_call", { mode: "phone", place: "remote", durationMinutes: 15 }],
    ["outreach_attempt", { mode: "phone", place: "remote", durationMinutes: 15 }],
    ["workplace_visit", { mode: "face_to_face", place: "workplace", durationMinutes: 60 }],
    ["employer_contact", { mode: "face_to_face", place: "workplace", durationMinutes: 30 }],
    ["client_meeting", { mode: "face_to_face", place: "community", durationMinutes: 60 }],
    ["documentation", { place: "office", durationMinutes: 15 }],
    ["other", {}],
  ];
  for (const [type, expected] of cases) {
    test(type, () => assert.deepEqual(activityDefaults(type), expected));
  }

  test("every type has an entry, and a phone-mode default is never a face-to-face place", () => {
    for (const type of activityTypes) {
      const d = activityDefaults(type);
      assert.ok(d, type);
      if (d.mode === "phone") assert.equal(d.place, "remote", type);
    }
  });
});
