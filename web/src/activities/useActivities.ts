import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { appointmentKeys } from "../calendar/useAppointments.ts";
import { activities } from "../platform/client/activities.ts";
import { clientKeys } from "../platform/client/clients.ts";
import { saveOrQueue } from "./save-or-queue.ts";
import type { RecordActivity } from "./types.ts";

/** The caller's activities whose type and mode disagree (their caseload, the teams they lead). */
export const activityReviewKey = ["activity-review"] as const;

/** Activities whose type and mode disagree, for the coach or team lead to correct. */
export function useActivityReview() {
  return useQuery({ queryKey: activityReviewKey, queryFn: () => activities.review() });
}

/** The client's activities, newest first; the server filters what a shared viewer may see. */
export function useActivities(clientId: string, limit: number) {
  return useQuery({
    queryKey: [...clientKeys.activities(clientId), limit],
    queryFn: () => activities.list(clientId, { limit }),
  });
}

export function useActivityRevisions(clientId: string, activityId: string | null) {
  return useQuery({
    queryKey: [...clientKeys.activities(clientId), activityId, "revisions"],
    queryFn: () => activities.revisions(clientId, activityId as string),
    enabled: activityId !== null,
  });
}

/** What saving the activity form does: a new record, a held appointment, or an edit. */
export type ActivityTarget =
  | { kind: "new"; clientId: string }
  | { kind: "appointment"; clientId: string | null; appointmentId: string }
  | { kind: "edit"; clientId: string; activityId: string };

/**
 * Saves the activity form for its target and refreshes the lists it shows up in. A new activity
 * saved without a network waits in the offline queue and is sent when the network returns.
 */
export function useSaveActivity(target: ActivityTarget) {
  const client = useQueryClient();
  return useMutation({
    // Run without a network too: a new activity then waits in the offline queue (react-query
    // would otherwise pause the mutation, and the form would wait with it).
    networkMode: "always",
    mutationFn: (body: RecordActivity) => {
      if (target.kind === "new") return saveOrQueue(target.clientId, body);
      if (target.kind === "appointment") return activities.recordHeld(target.appointmentId, body);
      return activities.edit(target.clientId, target.activityId, body);
    },
    onSuccess: () => {
      if (target.clientId)
        void client.invalidateQueries({ queryKey: clientKeys.activities(target.clientId) });
      void client.invalidateQueries({ queryKey: appointmentKeys.all });
      void client.invalidateQueries({ queryKey: activityReviewKey });
    },
  });
}

export function useRetractActivity(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      activities.retract(clientId, id, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: clientKeys.activities(clientId) }),
  });
}
