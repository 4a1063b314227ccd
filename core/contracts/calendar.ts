import { z } from "zod";
import { maxOccurrences, repeatFrequencies } from "../calendar/recurrence.ts";
import { places } from "./activities.ts";
import { isoDateTime, storableIsoDate, uuid } from "./common.ts";

export const appointmentStatuses = ["scheduled", "held", "cancelled"] as const;

const fields = {
  clientId: uuid.nullable(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  place: z.enum(places),
  location: z.string().trim().max(200).nullable(),
  purpose: z.string().trim().min(1).max(200),
};

/**
 * How a series repeats (core/calendar/recurrence.ts): it ends on a Finnish date (inclusive) or
 * after a number of meetings, exactly one of the two.
 */
export const appointmentRepeat = z
  .strictObject({
    frequency: z.enum(repeatFrequencies),
    until: storableIsoDate.nullable().default(null),
    count: z.number().int().min(1).max(maxOccurrences).nullable().default(null),
  })
  .refine((r) => r.until !== null || r.count !== null, { path: ["until"], message: "required" })
  .refine((r) => r.until === null || r.count === null, { path: ["count"], message: "invalid_option" });

export const createAppointment = z.strictObject({
  ...fields,
  clientId: fields.clientId.default(null),
  location: fields.location.default(null),
  repeat: appointmentRepeat.nullable().default(null),
  /** The job lead an interview is booked from; the client must be one of its candidates. */
  jobLeadId: uuid.nullable().default(null),
});

/** A change to one meeting of a series, or to it and every later scheduled one ("series"). */
export const seriesScope = z.enum(["occurrence", "series"]).default("occurrence");

export const editAppointment = z.strictObject(fields).partial().extend({ scope: seriesScope.optional() });

export const cancelAppointment = z.strictObject({
  reason: z.string().trim().min(1).max(1000),
  scope: seriesScope.optional(),
});

/** A window of my appointments; at most 62 days (two months of weeks). */
export const appointmentWindow = z.strictObject({ from: isoDateTime, to: isoDateTime });
export const maxWindowDays = 62;

/** The client's appointments with the coach, from a moment on (default: 30 days back). */
export const clientAppointmentQuery = z.strictObject({
  from: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * One appointment. The owner sees it all, with the client's initials and, while they work the
 * client's record in full, the name. A consented viewer on the client's page sees the time,
 * place, status and coach only (the purpose and location are free text).
 */
export const appointment = z.object({
  id: uuid,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  place: z.enum(places),
  status: z.enum(appointmentStatuses),
  ownerName: z.string().nullable(),
  location: z.string().nullable(),
  purpose: z.string().nullable(),
  cancelReason: z.string().nullable(),
  client: z.object({ id: uuid, initials: z.string(), name: z.string().nullable() }).nullable(),
  activityId: uuid.nullable(),
  /**
   * The series a repeating meeting belongs to: its id, its rule in words' terms and the series
   * date this meeting was planned for (it stays when the meeting moves). Together with the id,
   * (series id, occurrence date) is the meeting's stable key.
   */
  series: z
    .object({
      id: uuid,
      frequency: z.enum(repeatFrequencies),
      until: z.string().nullable(),
      count: z.number().int().nullable(),
      occurrenceDate: z.string(),
    })
    .nullable(),
  /** The job lead an interview was booked from (organisation data; shown to its owner only). */
  jobLeadId: uuid.nullable(),
  /** The caller owns it and it is still scheduled: it can be moved, cancelled or marked held. */
  canEdit: z.boolean(),
});

export const appointmentParams = z.strictObject({ appointmentId: uuid });

/** Whether the caller has an active feed; the URL (holding the secret) is shown only once. */
export const calendarFeedStatus = z.object({ active: z.boolean(), createdAt: isoDateTime.nullable() });
export const calendarFeedCreated = z.object({ url: z.url(), createdAt: isoDateTime });
export const calendarFeedParams = z.strictObject({ token: z.string().min(1).max(128) });
