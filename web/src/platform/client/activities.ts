import type {
  activity,
  activityList,
  activityPage,
  activityReview,
  activityRevision,
  editActivity,
  recordActivity,
  recordHeldAppointment,
  retractActivity,
} from "@core/contracts/activities";
import type { z } from "zod";
import { api } from "../api.ts";
import { clientPath, get, patch, post, search, seg } from "./endpoint.ts";

const activityPath = (clientId: string, activityId: string) =>
  `${clientPath(clientId)}/activities/${seg(activityId)}`;

/** A client's documented contacts. */
export const activities = {
  list: search<typeof activityPage, typeof activityList>()(
    (clientId: string) => `${clientPath(clientId)}/activities`,
  ),
  revisions: get<z.ZodArray<typeof activityRevision>>()(
    (clientId: string, activityId: string) => `${activityPath(clientId, activityId)}/revisions`,
  ),
  create: post<typeof recordActivity, typeof activity>()(
    (clientId: string) => `${clientPath(clientId)}/activities`,
  ),
  /**
   * Records under the draft's idempotency key (ADR 0016): sent again after a lost answer or from
   * the offline queue, the server answers the first activity and records nothing more.
   */
  createOnce: (clientId: string, idempotencyKey: string, body: z.input<typeof recordActivity>) =>
    api<z.infer<typeof activity>>("POST", `${clientPath(clientId)}/activities`, body, {
      "Idempotency-Key": idempotencyKey,
    }),
  edit: patch<typeof editActivity, typeof activity>()(activityPath),
  /** A held appointment becomes an activity; time, length and place default from it. */
  recordHeld: post<typeof recordHeldAppointment, typeof activity>()(
    (appointmentId: string) => `/api/appointments/${seg(appointmentId)}/activity`,
  ),
  /** The caller's activities whose type and mode disagree (their caseload, the teams they lead). */
  review: get<typeof activityReview>()(() => "/api/activity-review"),
  retract: post<typeof retractActivity, typeof activity>()(
    (clientId: string, activityId: string) => `${activityPath(clientId, activityId)}/retraction`,
  ),
};
