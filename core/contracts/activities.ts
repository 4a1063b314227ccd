import { z } from "zod";
import { isoDateTime, userId, uuid } from "./common.ts";

/** What kind of work an activity was (S2, S3: employment vs other work, the phase it serves). */
export const activityTypes = [
  "client_meeting",
  "outreach_attempt",
  "network_meeting",
  "treatment_team_meeting",
  "workplace_visit",
  "employer_contact",
  "job_interview",
  "phone_call",
  "documentation",
  "other",
] as const;
export const activityModes = ["face_to_face", "phone", "video", "message"] as const;
/** Where the work happened; community, workplace and client_home count as community time (V13). */
export const places = ["community", "workplace", "office", "clinic", "client_home", "remote"] as const;
/** Who took part besides the coach (V11, V14: joint and family contacts, partner contacts). */
export const participantKinds = [
  "client",
  "employer",
  "treatment_team",
  "family",
  "employment_services",
  "kela",
  "pension_insurer",
  "other",
] as const;
export const activityPurposes = [
  "job_search_support",
  "career_profile",
  "benefits_counselling",
  "disclosure_discussion",
  "follow_along_client",
  "follow_along_employer",
  "outreach",
  "team_meeting",
  "network_meeting",
  "education_support",
  "other",
] as const;

export type ActivityType = (typeof activityTypes)[number];
export type ActivityMode = (typeof activityModes)[number];
export type Place = (typeof places)[number];

const unique = <T extends z.ZodType<string>>(item: T, min: number) =>
  z
    .array(item)
    .min(min)
    .max(20)
    .transform((values) => [...new Set(values)]);

// The fields of an activity without defaults, so that a partial edit never resets a field.
const fields = {
  occurredAt: isoDateTime,
  durationMinutes: z.number().int().min(1).max(1440),
  type: z.enum(activityTypes),
  mode: z.enum(activityModes),
  place: z.enum(places),
  participants: unique(z.enum(participantKinds), 0),
  purposes: unique(z.enum(activityPurposes), 1),
  employerId: uuid.nullable(),
  jobId: uuid.nullable(),
  notes: z.string().trim().max(8000).nullable(),
  sharedWithTreatmentTeam: z.boolean(),
};

export const recordActivity = z.strictObject({
  ...fields,
  participants: fields.participants.default([]),
  employerId: fields.employerId.default(null),
  jobId: fields.jobId.default(null),
  notes: fields.notes.default(null),
  sharedWithTreatmentTeam: fields.sharedWithTreatmentTeam.default(false),
});

export const editActivity = z.strictObject(fields).partial();

/** Turning a held appointment into an activity: time, duration and place default from it. */
/**
 * Recording's optional header: a UUID the browser made for one draft (ADR 0016). The same key from
 * the same person answers the first save and records nothing more, so a draft sent again after a
 * lost answer, or twice from a waiting queue, is one activity.
 */
export const recordActivityHeaders = z.object({ "idempotency-key": z.uuid().optional() });

export const recordHeldAppointment = recordActivity.extend({
  occurredAt: isoDateTime.optional(),
  durationMinutes: fields.durationMinutes.optional(),
  place: fields.place.optional(),
});

export const retractActivity = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

/** The stored content of one version; activity_revision.content holds exactly this. */
export const activityContent = z.object({
  occurredAt: isoDateTime,
  durationMinutes: z.number().int(),
  type: z.enum(activityTypes),
  mode: z.enum(activityModes),
  place: z.enum(places),
  participants: z.array(z.enum(participantKinds)),
  purposes: z.array(z.enum(activityPurposes)),
  employerId: uuid.nullable(),
  jobId: uuid.nullable(),
  notes: z.string().nullable(),
  sharedWithTreatmentTeam: z.boolean(),
});

/**
 * One activity. Everyone with access sees type, mode, time, purposes, notes and the author; the
 * IPS team also sees `details`. The shared view lists only notes marked shared.
 */
export const activity = z.object({
  id: uuid,
  occurredAt: isoDateTime,
  type: z.enum(activityTypes),
  mode: z.enum(activityModes),
  purposes: z.array(z.enum(activityPurposes)),
  notes: z.string().nullable(),
  authorName: z.string().nullable(),
  access: z.enum(["full", "shared"]),
  details: z
    .object({
      clientId: uuid.nullable(),
      episodeId: uuid.nullable(),
      authorUserId: userId,
      durationMinutes: z.number().int(),
      place: z.enum(places),
      participants: z.array(z.enum(participantKinds)),
      employerId: uuid.nullable(),
      jobId: uuid.nullable(),
      appointmentId: uuid.nullable(),
      sharedWithTreatmentTeam: z.boolean(),
      version: z.number().int(),
      updatedAt: isoDateTime,
      retraction: z
        .object({ at: isoDateTime, byName: z.string().nullable(), reason: z.string().nullable() })
        .nullable(),
    })
    .nullable(),
  /** The caller may edit or retract it (its author or a team leader of the client's team). */
  canEdit: z.boolean(),
});

export const activityPage = z.object({
  items: z.array(activity),
  total: z.number().int(),
  nextOffset: z.number().int().nullable(),
});

/** An earlier version of an activity, with who replaced it by an edit and when. */
export const activityRevision = z.object({
  version: z.number().int(),
  content: activityContent,
  replacedByName: z.string().nullable(),
  replacedAt: isoDateTime,
});

export const activityList = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const activityParams = z.strictObject({ clientId: uuid, activityId: uuid });

/**
 * Activities whose type and mode disagree (core/activities/type-defaults.ts), for their coach or
 * team lead to correct through the activity's edit (which keeps the earlier version).
 */
export const activityReview = z.object({
  items: z.array(z.object({ clientId: uuid, clientName: z.string(), activity })),
});
