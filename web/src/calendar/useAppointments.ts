import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../platform/api.ts";
import type { Appointment, CreateAppointment, EditAppointment } from "./types.ts";
import { weekWindow } from "./week.ts";

/** Every cached appointment list starts with this key, so one invalidation refreshes them all. */
export const appointmentsKey = ["appointments"] as const;

/** My appointments in the week starting on `monday` (Finnish time). */
export function useWeekAppointments(monday: string) {
  const window = weekWindow(monday);
  return useQuery({
    queryKey: [...appointmentsKey, "week", monday],
    queryFn: () => api<Appointment[]>("GET", `/api/appointments${query(window)}`),
  });
}

/** Create, move, cancel: each refreshes every appointment list on success. */
export function useAppointmentMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: appointmentsKey });
  return {
    create: useMutation({
      mutationFn: (body: CreateAppointment) => api<Appointment>("POST", "/api/appointments", body),
      onSuccess: refresh,
    }),
    edit: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EditAppointment }) =>
        api<Appointment>("PATCH", `/api/appointments/${id}`, body),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: ({ id, reason }: { id: string; reason: string }) =>
        api<Appointment>("POST", `/api/appointments/${id}/cancellation`, { reason }),
      onSuccess: refresh,
    }),
  };
}
