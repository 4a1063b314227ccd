import type { activityModes, activityTypes, places } from "../contracts/activities.ts";

type ActivityType = (typeof activityTypes)[number];
type ActivityMode = (typeof activityModes)[number];
type Place = (typeof places)[number];

export type ActivityDefaults = { mode?: ActivityMode; place?: Place; durationMinutes?: number };

/**
 * What choosing an activity type fills in, so that the usual case needs no further taps and a
 * phone call is not saved as a face-to-face meeting out in the community: that would inflate the
 * face-to-face employer contacts (fidelity V4) and community time (V13). A workplace counts as
 * community time. Documentation and "other" keep whatever mode was chosen.
 */
const defaults: Record<ActivityType, ActivityDefaults> = {
  client_meeting: { mode: "face_to_face", place: "community", durationMinutes: 60 },
  outreach_attempt: { mode: "phone", place: "remote", durationMinutes: 15 },
  network_meeting: { mode: "face_to_face", place: "clinic", durationMinutes: 60 },
  treatment_team_meeting: { mode: "face_to_face", place: "clinic", durationMinutes: 30 },
  workplace_visit: { mode: "face_to_face", place: "workplace", durationMinutes: 60 },
  employer_contact: { mode: "face_to_face", place: "workplace", durationMinutes: 30 },
  job_interview: { mode: "face_to_face", place: "workplace", durationMinutes: 60 },
  phone_call: { mode: "phone", place: "remote", durationMinutes: 15 },
  documentation: { place: "office", durationMinutes: 15 },
  other: {},
};

export function activityDefaults(type: ActivityType): ActivityDefaults {
  return defaults[type];
}

/**
 * Types that name their own mode: a phone call is by phone and a workplace visit is met face to
 * face, whatever was ticked. An activity whose mode contradicts its type was most likely saved
 * with a stale default (the form kept "face to face" after "phone call" was chosen) and would be
 * counted as face-to-face work (V6 employer contacts, V13 community time) — the coach reviews it.
 * Other types can happen in any mode (an employer contact by phone is still an employer contact).
 */
const modeOfType: Partial<Record<ActivityType, ActivityMode>> = {
  phone_call: "phone",
  workplace_visit: "face_to_face",
};

/** The (type, mode) pairs that disagree, as the list of types and the one mode each must have. */
export const typesWithOwnMode = Object.entries(modeOfType) as Array<[ActivityType, ActivityMode]>;

/** True when the activity's mode contradicts its type (see `typesWithOwnMode`). */
export function typeAndModeDisagree(type: ActivityType, mode: ActivityMode): boolean {
  const own = modeOfType[type];
  return own !== undefined && own !== mode;
}
