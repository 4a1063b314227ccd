import { editActivity, recordActivity, recordHeldAppointment } from "@core/contracts/activities";
import type { Appointment } from "../calendar/types.ts";
import { minutesBetween, toLocalInput } from "../calendar/week.ts";
import type { Activity, RecordActivity } from "./types.ts";
import type { ActivityTarget } from "./useActivities.ts";

type Participant = RecordActivity["participants"] extends (infer P)[] | undefined ? P : never;

/** The activity form's values: text where the person types, the contract's values elsewhere. */
export type Draft = {
  occurredAt: string;
  durationMinutes: number | string;
  type: RecordActivity["type"];
  mode: RecordActivity["mode"];
  place: RecordActivity["place"];
  participants: Participant[];
  purposes: RecordActivity["purposes"];
  notes: string;
  sharedWithTreatmentTeam: boolean;
};

/**
 * The form's first values: an activity being corrected as it is; otherwise now (or the held
 * appointment's time, length and place), a client meeting face to face out in the community.
 * A new record's type then brings the coach's remembered choices (ActivityFormModal).
 */
export function draftFor(from: { activity?: Activity | null; appointment?: Appointment | null }): Draft {
  const { activity, appointment } = from;
  if (activity?.details) {
    const d = activity.details;
    return {
      occurredAt: toLocalInput(activity.occurredAt),
      durationMinutes: d.durationMinutes,
      type: activity.type,
      mode: activity.mode,
      place: d.place,
      participants: d.participants,
      purposes: activity.purposes,
      notes: activity.notes ?? "",
      sharedWithTreatmentTeam: d.sharedWithTreatmentTeam,
    };
  }
  return {
    occurredAt: toLocalInput(appointment?.startsAt ?? new Date()),
    durationMinutes: appointment ? minutesBetween(appointment.startsAt, appointment.endsAt) : 60,
    type: "client_meeting",
    mode: "face_to_face",
    place: appointment?.place ?? "community",
    participants: appointment && !appointment.client ? [] : ["client"],
    purposes: [],
    notes: "",
    sharedWithTreatmentTeam: false,
  };
}

/** The contract the form is checked against: the server validates the same body with it. */
export const schemaOf = (target: ActivityTarget) =>
  target.kind === "new"
    ? recordActivity
    : target.kind === "appointment"
      ? recordHeldAppointment
      : editActivity;
