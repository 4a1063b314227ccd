import { z } from "zod";
import { places } from "./activities.ts";
import { isoDateTime, uuid } from "./common.ts";

export const appointmentStatuses = ["scheduled", "held", "cancelled"] as const;

const fields = {
  clientId: uuid.nullable(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  place: z.enum(places),
  location: z.string().trim().max(200).nullable(),
  purpose: z.string().trim().min(1).max(200),
};

export const createAppointment = z.strictObject({
  ...fields,
  clientId: fields.clientId.default(null),
  location: fields.location.default(null),
});

export const editAppointment = z.strictObject(fields).partial();

export const cancelAppointment = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

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
  /** The caller owns it and it is still scheduled: it can be moved, cancelled or marked held. */
  canEdit: z.boolean(),
});

export const appointmentParams = z.strictObject({ appointmentId: uuid });

/** Whether the caller has an active feed; the URL (holding the secret) is shown only once. */
export const calendarFeedStatus = z.object({ active: z.boolean(), createdAt: isoDateTime.nullable() });
export const calendarFeedCreated = z.object({ url: z.url(), createdAt: isoDateTime });
export const calendarFeedParams = z.strictObject({ token: z.string().min(1).max(128) });
