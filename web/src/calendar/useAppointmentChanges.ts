import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { appointments } from "../platform/client/appointments.ts";
import type { CreateAppointment, EditAppointment } from "./types.ts";
import { appointmentKeys } from "./useAppointments.ts";

/** The client's coming appointments (from `from` on), as many as the client page shows. */
export function useClientAppointments(clientId: string, from: string) {
  return useQuery({
    queryKey: appointmentKeys.ofClient(clientId),
    queryFn: () => appointments.ofClient(clientId, { from, limit: 10 }),
  });
}

/** Create, move, cancel: each refreshes every appointment list on success. */
export function useAppointmentMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: appointmentKeys.all });
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
      mutationFn: ({ id, reason, scope }: { id: string; reason: string; scope?: "occurrence" | "series" }) =>
        appointments.cancel(id, { reason, ...(scope ? { scope } : {}) }),
      onSuccess: refresh,
    }),
  };
}
