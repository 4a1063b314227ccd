import { useQuery } from "@tanstack/react-query";
import { api, query } from "../platform/api.ts";
import type { Appointment } from "./types.ts";
import { weekWindow } from "./week.ts";

/** Query keys of appointments: the coach's weeks and a client's list, refreshed together. */
export const appointmentKeys = {
  all: ["appointments"] as const,
  week: (monday: string) => ["appointments", "week", monday] as const,
  range: (from: string, to: string) => ["appointments", "range", from, to] as const,
  ofClient: (clientId: string) => ["appointments", "client", clientId] as const,
};

/**
 * My appointments in the week starting on `monday` (Finnish time). The home page reads this, so
 * it calls `api` with the contract's type instead of the typed client (platform/client): the
 * client's code on the home page put it over the first-page budget (scripts/bundle-size.mjs).
 */
export function useWeekAppointments(monday: string) {
  return useQuery({
    queryKey: appointmentKeys.week(monday),
    queryFn: () => api<Appointment[]>("GET", `/api/appointments${query(weekWindow(monday))}`),
  });
}
