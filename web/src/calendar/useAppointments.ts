import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { appointments } from "../platform/client/appointments.ts";
import { queryKeys } from "../platform/client/keys.ts";
import type { CreateAppointment, EditAppointment } from "./types.ts";
import { weekWindow } from "./week.ts";

/** My appointments in the week starting on `monday` (Finnish time). */
export function useWeekAppointments(monday: string) {
  return useQuery({
    queryKey: queryKeys.appointments.week(monday),
    queryFn: () => appointments.week(weekWindow(monday)),
  });
}

/** The client's coming appointments (from an hour ago), as many as the client page shows. */
export function useClientAppointments(clientId: string, from: string) {
  return useQuery({
    queryKey: queryKeys.appointments.ofClient(clientId),
    queryFn: () => appointments.ofClient(clientId, { from, limit: 10 }),
  });
}

/** Create, move, cancel: each refreshes every appointment list on success. */
export function useAppointmentMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.appointments.all });
  return {
    create: useMutation({
      mutationFn: (body: CreateAppointment) => appointments.create(body),
      onSuccess: refresh,
    }),
    edit: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EditAppointment }) => appointments.edit(id, body),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: ({ id, reason }: { id: string; reason: string }) => appointments.cancel(id, { reason }),
      onSuccess: refresh,
    }),
  };
}
