import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { typeAndModeDisagree } from "../activities/type-defaults.ts";
import { heldActivityPrefill, heldDuration, mayMarkHeld } from "./held.ts";

describe("a held appointment", () => {
  it("may be marked held from its start time on, not a millisecond before", () => {
    const start = "2026-12-07T09:00:00.000Z";
    const cases: [string, boolean][] = [
      ["2026-12-07T08:59:59.999Z", false],
      ["2026-12-07T09:00:00.000Z", true],
      ["2026-12-07T09:00:00.001Z", true],
      ["2026-12-06T09:00:00.000Z", false],
      ["2026-12-08T09:00:00.000Z", true],
    ];
    for (const [now, expected] of cases) assert.equal(mayMarkHeld(start, new Date(now)), expected, now);
  });

  it("lasts as long as the appointment, within an activity's 1–1440 minutes", () => {
    const cases: [string, string, number][] = [
      ["2026-12-07T09:00:00Z", "2026-12-07T10:30:00Z", 90],
      ["2026-12-07T09:00:00Z", "2026-12-07T09:00:20Z", 1],
      ["2026-12-07T09:00:00Z", "2026-12-09T09:00:00Z", 1440],
      ["2026-12-07T09:00:00Z", "2026-12-07T09:14:40Z", 15],
    ];
    for (const [from, to, expected] of cases) assert.equal(heldDuration(from, to), expected, `${from} ${to}`);
  });

  it("prefills every field the appointment tells: time, length, type, mode, place, people, topic", () => {
    const base = {
      startsAt: "2026-12-07T09:00:00+02:00",
      endsAt: "2026-12-07T10:00:00+02:00",
      purpose: "  Työnhaku  ",
    };
    const cases: [Parameters<typeof heldActivityPrefill>[0]["place"], boolean, string, string, string[]][] = [
      ["community", true, "client_meeting", "face_to_face", ["client"]],
      ["office", true, "client_meeting", "face_to_face", ["client"]],
      ["client_home", true, "client_meeting", "face_to_face", ["client"]],
      ["remote", true, "phone_call", "phone", ["client"]],
      ["workplace", true, "workplace_visit", "face_to_face", ["client", "employer"]],
      ["clinic", true, "network_meeting", "face_to_face", ["client", "treatment_team"]],
      ["workplace", false, "employer_contact", "face_to_face", ["employer"]],
      ["clinic", false, "treatment_team_meeting", "face_to_face", ["treatment_team"]],
      ["remote", false, "other", "phone", []],
      ["community", false, "other", "face_to_face", []],
    ];
    for (const [place, hasClient, type, mode, participants] of cases) {
      const p = heldActivityPrefill({ ...base, place, hasClient });
      const label = `${place} ${hasClient}`;
      assert.deepEqual(
        p,
        {
          occurredAt: "2026-12-07T07:00:00.000Z",
          durationMinutes: 60,
          type,
          mode,
          place,
          participants,
          notes: "Työnhaku",
        },
        label,
      );
      assert.equal(typeAndModeDisagree(p.type, p.mode), false, label);
    }
    assert.equal(heldActivityPrefill({ ...base, purpose: null, place: "office", hasClient: true }).notes, "");
  });
});
