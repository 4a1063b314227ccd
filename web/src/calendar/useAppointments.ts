import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client as api, queryKeys } from "../platform/client/index.ts";
import type { CreateAppointment, EditAppointment } from "./types.ts";
import { weekWindow } from "./week.ts";

/** My appointments in the week starting on `monday` (Finnish time). */
export function useWeekAppointments(monday: string) {
  return useQuery({
    queryKey: queryKeys.appointments.week(monday),
    queryFn: () => api.appointments.week(weekWindow(monday)),
  });
}

/** Create, move, cancel: each refreshes every appointment list on success. */
export function useAppointmentMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.appointments.all });
  return {
    create: useMutation({
      mutationFn: (body: CreateAppointment) => api.appointments.create(body),
      onSuccess: refresh,
    }),
    edit: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EditAppointment }) => api.appointments.edit(id, body),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: ({ id, reason }: { id: string; reason: string }) => api.appointments.cancel(id, { reason }),
      onSuccess: refresh,
    }),
  };
}
