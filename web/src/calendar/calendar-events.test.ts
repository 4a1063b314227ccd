import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { appointmentEvent, hoursOf, instantOf, todoEvent, windowsOf } from "./calendar-events.ts";
import { heldDraft } from "./held-draft.ts";
import type { Appointment } from "./types.ts";

const appointment: Appointment = {
  id: "5b0d2b5e-8f2a-4c1e-9d61-0a3f6f1f0001",
  startsAt: "2026-12-07T07:00:00.000Z",
  endsAt: "2026-12-07T08:30:00.000Z",
  place: "workplace",
  status: "scheduled",
  ownerName: null,
  location: "Kahvila Aalto",
  purpose: "Työpaikkakäynti",
  cancelReason: null,
  client: { id: "5b0d2b5e-8f2a-4c1e-9d61-0a3f6f1f0002", initials: "T.T.", name: "Tuula Tehtävä" },
  activityId: null,
  canEdit: true,
};

describe("the week grid's events", () => {
  it("shows an appointment at its Finnish wall-clock time and maps a moved one back", () => {
    const e = appointmentEvent(appointment, (a) => a.client?.name ?? "");
    assert.equal(e.start, "2026-12-07T09:00");
    assert.equal(e.end, "2026-12-07T10:30");
    assert.equal(e.title, "Tuula Tehtävä · Työpaikkakäynti");
    assert.equal(e.editable, true);
    assert.equal(e.id, appointment.id);
    // The grid's 9.00 on Tuesday is 7.00 UTC in winter, 6.00 UTC in summer.
    assert.equal(instantOf(new Date("2026-12-08T09:00:00Z")), "2026-12-08T07:00:00.000Z");
    assert.equal(instantOf(new Date("2026-06-09T09:00:00Z")), "2026-06-09T06:00:00.000Z");
    assert.equal(appointmentEvent({ ...appointment, canEdit: false }, () => "").editable, false);
  });

  it("puts a to-do item on its due day in the all-day row, linking to where it is done", () => {
    const e = todoEvent(
      {
        key: "plan_step:abc:2026-12-09",
        kind: "plan_step",
        due: "2026-12-09",
        overdue: true,
        client: null,
        subject: null,
        target: { kind: "client", clientId: appointment.client?.id ?? "", tab: "plans" },
        snoozedUntil: null,
      },
      "Suunnitelman askel",
    );
    assert.deepEqual([e.start, e.allDay, e.editable], ["2026-12-09", true, false]);
    assert.equal(e.url, `/clients/${appointment.client?.id}?tab=plans`);
    assert.deepEqual(e.classNames, ["polku-todo", "polku-todo-overdue"]);
  });

  it("reads the shown days' appointments and to-dos (the last day included)", () => {
    const w = windowsOf(new Date("2026-12-07T00:00:00Z"), new Date("2026-12-14T00:00:00Z"));
    assert.deepEqual(w.appointments, { from: "2026-12-06T22:00:00.000Z", to: "2026-12-13T22:00:00.000Z" });
    assert.deepEqual(w.todos, { from: "2026-12-07", to: "2026-12-13" });
  });

  it("shows the working hours 7–20, widened for an early, late or overnight appointment", () => {
    const e = (start: string, end: string) =>
      appointmentEvent({ ...appointment, startsAt: start, endsAt: end }, () => "");
    const cases: [string, string, string, string][] = [
      ["2026-12-07T07:00:00Z", "2026-12-07T08:00:00Z", "07:00:00", "20:00:00"],
      ["2026-12-07T04:30:00Z", "2026-12-07T05:00:00Z", "06:00:00", "20:00:00"],
      ["2026-12-07T18:00:00Z", "2026-12-07T19:15:00Z", "07:00:00", "22:00:00"],
      ["2026-12-07T20:00:00Z", "2026-12-07T23:00:00Z", "07:00:00", "24:00:00"],
    ];
    for (const [start, end, min, max] of cases)
      assert.deepEqual(hoursOf([e(start, end)]), { slotMinTime: min, slotMaxTime: max }, `${start} ${end}`);
  });

  it("prefills the held activity from every field the appointment has", () => {
    assert.deepEqual(heldDraft(appointment), {
      occurredAt: "2026-12-07T09:00",
      durationMinutes: 90,
      type: "workplace_visit",
      mode: "face_to_face",
      place: "workplace",
      participants: ["client", "employer"],
      purposes: [],
      notes: "Työpaikkakäynti",
      sharedWithTreatmentTeam: false,
    });
  });
});
