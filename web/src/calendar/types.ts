import type {
  appointment,
  calendarFeedCreated,
  calendarFeedStatus,
  createAppointment,
  editAppointment,
} from "@core/contracts/calendar";
import type { clientSummary } from "@core/contracts/clients";
import type { z } from "zod";

/** Types of the calendar contract (core/contracts/calendar.ts), as the web app sees them. */
export type Appointment = z.infer<typeof appointment>;
export type CreateAppointment = z.input<typeof createAppointment>;
export type EditAppointment = z.input<typeof editAppointment>;
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreated>;
export type ClientSummary = z.infer<typeof clientSummary>;
