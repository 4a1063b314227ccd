import { heldActivityPrefill } from "../../../core/calendar/held.ts";
import { helsinkiWallClock } from "../../../core/time/local-time.ts";
import type { Draft } from "../activities/ActivityForm.tsx";
import type { Appointment } from "./types.ts";

/**
 * The activity form's values for a held appointment: everything the appointment tells (time,
 * length, type and mode read from the place, place, who took part, its topic as the note), from
 * core's one rule (core/calendar/held.ts). The coach picks the purposes of the work.
 */
export function heldDraft(appointment: Appointment): Draft {
  const p = heldActivityPrefill({
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    place: appointment.place,
    purpose: appointment.purpose,
    hasClient: appointment.client !== null,
  });
  const at = helsinkiWallClock(new Date(p.occurredAt));
  return {
    occurredAt: `${at.date}T${at.time}`,
    durationMinutes: p.durationMinutes,
    type: p.type,
    mode: p.mode,
    place: p.place,
    participants: p.participants,
    purposes: [],
    notes: p.notes,
    sharedWithTreatmentTeam: false,
  };
}
