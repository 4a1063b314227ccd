import type { activityModes, activityTypes, participantKinds, places } from "../contracts/activities.ts";

type ActivityType = (typeof activityTypes)[number];
type ActivityMode = (typeof activityModes)[number];
type Place = (typeof places)[number];
type Participant = (typeof participantKinds)[number];

/**
 * An appointment may be marked held from its start time on, never before: a future meeting
 * documented as held would count as contact that has not happened (fidelity V12 follow-along,
 * V13 community time, the 30-days-without-contact to-do).
 */
export function mayMarkHeld(startsAt: string | Date, now: Date): boolean {
  return new Date(startsAt).getTime() <= now.getTime();
}

/** What the appointment tells about the activity it becomes. */
export type HeldAppointmentFacts = {
  startsAt: string;
  endsAt: string;
  place: Place;
  purpose: string | null;
  hasClient: boolean;
};

export type HeldActivityPrefill = {
  occurredAt: string;
  durationMinutes: number;
  type: ActivityType;
  mode: ActivityMode;
  place: Place;
  participants: Participant[];
  notes: string;
};

/** The appointment's length in whole minutes, within what an activity can be (1–1440). */
export function heldDuration(startsAt: string | Date, endsAt: string | Date): number {
  const minutes = Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000);
  return Math.min(1440, Math.max(1, minutes));
}

/**
 * The activity form's values for a held appointment: its time, length and place, a type and mode
 * read from the place (a remote appointment was a phone call, a workplace one a visit — so that
 * the prefill itself never saves a phone call as face to face, V4/V13), who took part, and the
 * appointment's topic as the note. The purposes of the work are the coach's to choose.
 */
export function heldActivityPrefill(a: HeldAppointmentFacts): HeldActivityPrefill {
  const { type, mode } = typeAndModeOf(a.place, a.hasClient);
  const participants: Participant[] = a.hasClient ? ["client"] : [];
  if (type === "employer_contact" || type === "workplace_visit") participants.push("employer");
  if (type === "network_meeting" || type === "treatment_team_meeting") participants.push("treatment_team");
  return {
    occurredAt: new Date(a.startsAt).toISOString(),
    durationMinutes: heldDuration(a.startsAt, a.endsAt),
    type,
    mode,
    place: a.place,
    participants,
    notes: a.purpose?.trim() ?? "",
  };
}

function typeAndModeOf(place: Place, hasClient: boolean): { type: ActivityType; mode: ActivityMode } {
  switch (place) {
    case "remote":
      return { type: hasClient ? "phone_call" : "other", mode: "phone" };
    case "workplace":
      return { type: hasClient ? "workplace_visit" : "employer_contact", mode: "face_to_face" };
    case "clinic":
      return { type: hasClient ? "network_meeting" : "treatment_team_meeting", mode: "face_to_face" };
    default:
      return { type: hasClient ? "client_meeting" : "other", mode: "face_to_face" };
  }
}
