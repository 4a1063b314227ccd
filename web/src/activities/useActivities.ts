import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { appointmentsKey } from "../calendar/useAppointments.ts";
import { api, query } from "../platform/api.ts";
import type {
  Activity,
  ActivityPage,
  ActivityReview,
  ActivityRevision,
  EditActivity,
  RecordActivity,
  RecordHeldAppointment,
} from "./types.ts";

export const activitiesKey = (clientId: string) => ["client", clientId, "activities"] as const;
/** The caller's activities whose type and mode disagree (their caseload, the teams they lead). */
export const activityReviewKey = ["activity-review"] as const;

/** Activities whose type and mode disagree, for the coach or team lead to correct. */
export function useActivityReview() {
  return useQuery({
    queryKey: activityReviewKey,
    queryFn: () => api<ActivityReview>("GET", "/api/activity-review"),
  });
}

/** The client's activities, newest first; the server filters what a shared viewer may see. */
export function useActivities(clientId: string, limit: number) {
  return useQuery({
    queryKey: [...activitiesKey(clientId), limit],
    queryFn: () => api<ActivityPage>("GET", `/api/clients/${clientId}/activities${query({ limit })}`),
  });
}

export function useActivityRevisions(clientId: string, activityId: string | null) {
  return useQuery({
    queryKey: [...activitiesKey(clientId), activityId, "revisions"],
    queryFn: () =>
      api<ActivityRevision[]>("GET", `/api/clients/${clientId}/activities/${activityId}/revisions`),
    enabled: activityId !== null,
  });
}

/** What saving the activity form does: a new record, a held appointment, or an edit. */
export type ActivityTarget =
  | { kind: "new"; clientId: string }
  | { kind: "appointment"; clientId: string | null; appointmentId: string }
  | { kind: "edit"; clientId: string; activityId: string };

/** Saves the activity form for its target and refreshes the lists it shows up in. */
export function useSaveActivity(target: ActivityTarget) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordActivity) => {
      if (target.kind === "new")
        return api<Activity>("POST", `/api/clients/${target.clientId}/activities`, body);
      if (target.kind === "appointment")
        return api<Activity>(
          "POST",
          `/api/appointments/${target.appointmentId}/activity`,
          body satisfies RecordHeldAppointment,
        );
      return api<Activity>(
        "PATCH",
        `/api/clients/${target.clientId}/activities/${target.activityId}`,
        body satisfies EditActivity,
      );
    },
    onSuccess: () => {
      if (target.clientId) void client.invalidateQueries({ queryKey: activitiesKey(target.clientId) });
      void client.invalidateQueries({ queryKey: appointmentsKey });
      void client.invalidateQueries({ queryKey: activityReviewKey });
    },
  });
}

export function useRetractActivity(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<Activity>("POST", `/api/clients/${clientId}/activities/${id}/retraction`, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: activitiesKey(clientId) }),
  });
}
