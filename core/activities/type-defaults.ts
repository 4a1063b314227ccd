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
