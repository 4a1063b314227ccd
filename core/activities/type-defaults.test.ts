import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type activityModes, activityTypes } from "../contracts/activities.ts";
import { activityDefaults, typeAndModeDisagree, typesWithOwnMode } from "./type-defaults.ts";

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

describe("activity type and mode that disagree", () => {
  const cases: Array<[(typeof activityTypes)[number], (typeof activityModes)[number], boolean]> = [
    ["phone_call", "phone", false],
    ["phone_call", "face_to_face", true],
    ["phone_call", "video", true],
    ["phone_call", "message", true],
    ["workplace_visit", "face_to_face", false],
    ["workplace_visit", "phone", true],
    ["workplace_visit", "video", true],
    ["employer_contact", "phone", false],
    ["employer_contact", "face_to_face", false],
    ["client_meeting", "video", false],
    ["outreach_attempt", "face_to_face", false],
    ["documentation", "face_to_face", false],
  ];
  for (const [type, mode, disagree] of cases) {
    test(`${type} by ${mode}`, () => assert.equal(typeAndModeDisagree(type, mode), disagree));
  }

  test("a type with its own mode never defaults to another mode", () => {
    for (const [type, mode] of typesWithOwnMode) assert.equal(activityDefaults(type).mode, mode, type);
  });
});
