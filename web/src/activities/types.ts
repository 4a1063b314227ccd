import type {
  activity,
  activityPage,
  activityReview,
  activityRevision,
  editActivity,
  recordActivity,
  recordHeldAppointment,
} from "@core/contracts/activities";
import type { z } from "zod";

/** Types of the activity contract (core/contracts/activities.ts), as the web app sees them. */
export type Activity = z.infer<typeof activity>;
export type ActivityPage = z.infer<typeof activityPage>;
export type ActivityRevision = z.infer<typeof activityRevision>;
export type ActivityReview = z.infer<typeof activityReview>;
export type RecordActivity = z.input<typeof recordActivity>;
export type EditActivity = z.input<typeof editActivity>;
export type RecordHeldAppointment = z.input<typeof recordHeldAppointment>;
