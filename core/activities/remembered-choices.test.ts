import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { choicesForType, readRememberedChoices, rememberChoice } from "./remembered-choices.ts";

describe("a type's choices: its defaults merged with the coach's last choices", () => {
  const cases: Array<[string, Parameters<typeof choicesForType>, ReturnType<typeof choicesForType>]> = [
    [
      "nothing remembered: the type's defaults",
      ["phone_call", {}],
      { mode: "phone", place: "remote", durationMinutes: 15 },
    ],
    [
      "a remembered length and purpose replace the default",
      ["phone_call", { phone_call: { durationMinutes: 30, purposes: ["job_search_support"] } }],
      { mode: "phone", place: "remote", durationMinutes: 30, purposes: ["job_search_support"] },
    ],
    [
      "a remembered mode that contradicts the type is dropped",
      ["phone_call", { phone_call: { mode: "face_to_face", place: "office" } }],
      { mode: "phone", place: "office", durationMinutes: 15 },
    ],
    [
      "another type's memory does not leak",
      ["workplace_visit", { phone_call: { durationMinutes: 5 } }],
      { mode: "face_to_face", place: "workplace", durationMinutes: 60 },
    ],
    [
      "a type that names its purpose brings it",
      ["outreach_attempt", {}],
      { mode: "phone", place: "remote", durationMinutes: 15, purposes: ["outreach"] },
    ],
    [
      "…unless the coach chose otherwise last time",
      ["outreach_attempt", { outreach_attempt: { purposes: ["other"] } }],
      { mode: "phone", place: "remote", durationMinutes: 15, purposes: ["other"] },
    ],
    ["other: no defaults at all", ["other", {}], {}],
  ];
  for (const [name, args, expected] of cases)
    test(name, () => assert.deepEqual(choicesForType(...args), expected));
});

describe("reading what the device stored", () => {
  const cases: Array<[string, unknown, ReturnType<typeof readRememberedChoices>]> = [
    ["not an object", "phone", {}],
    ["null", null, {}],
    ["an unknown type is dropped", { coffee: { durationMinutes: 10 } }, {}],
    [
      "unknown values and out-of-range lengths are dropped",
      { phone_call: { mode: "telepathy", place: "moon", durationMinutes: 0, purposes: ["x"] } },
      {},
    ],
    ["a fractional length is dropped", { client_meeting: { durationMinutes: 12.5 } }, {}],
    ["a length over a day is dropped", { client_meeting: { durationMinutes: 1441 } }, {}],
    [
      "anything but the four choices is not kept (no client, note or time)",
      { phone_call: { durationMinutes: 20, clientId: "c1", notes: "secret", occurredAt: "2026-01-01" } },
      { phone_call: { durationMinutes: 20 } },
    ],
    [
      "repeated purposes are kept once",
      { client_meeting: { purposes: ["outreach", "outreach", 3] } },
      { client_meeting: { purposes: ["outreach"] } },
    ],
  ];
  for (const [name, raw, expected] of cases)
    test(name, () => assert.deepEqual(readRememberedChoices(raw), expected));
});

describe("remembering a saved activity's choices", () => {
  test("replaces that type's choice and keeps the others", () => {
    const before = { phone_call: { durationMinutes: 15 }, client_meeting: { durationMinutes: 45 } };
    const after = rememberChoice(before, "phone_call", {
      mode: "phone",
      place: "remote",
      durationMinutes: 10,
      purposes: ["follow_along_client"],
    });
    assert.deepEqual(after, {
      phone_call: { mode: "phone", place: "remote", durationMinutes: 10, purposes: ["follow_along_client"] },
      client_meeting: { durationMinutes: 45 },
    });
  });

  test("a saved phone call marked face to face does not teach the wrong mode", () => {
    const after = rememberChoice({}, "phone_call", {
      mode: "face_to_face",
      place: "office",
      durationMinutes: 15,
      purposes: [],
    });
    assert.deepEqual(after, { phone_call: { place: "office", durationMinutes: 15 } });
  });
});
