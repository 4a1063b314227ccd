import type {
  appointment,
  appointmentWindow,
  cancelAppointment,
  clientAppointmentQuery,
  createAppointment,
  editAppointment,
} from "@core/contracts/calendar";
import type { z } from "zod";
import { clientPath, patch, post, search, seg } from "./endpoint.ts";

const appointmentPath = (id: string) => `/api/appointments/${seg(id)}`;

/** The coach's appointments, and one client's. */
export const appointments = {
  week: search<z.ZodArray<typeof appointment>, typeof appointmentWindow>()(() => "/api/appointments"),
  ofClient: search<z.ZodArray<typeof appointment>, typeof clientAppointmentQuery>()(
    (clientId: string) => `${clientPath(clientId)}/appointments`,
  ),
  create: post<typeof createAppointment, typeof appointment>()(() => "/api/appointments"),
  edit: patch<typeof editAppointment, typeof appointment>()(appointmentPath),
  cancel: post<typeof cancelAppointment, typeof appointment>()(
    (id: string) => `${appointmentPath(id)}/cancellation`,
  ),
};
