import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { appointments } from "../platform/client/appointments.ts";
import { todos } from "../platform/client/todo.ts";
import { todoKeys } from "../todo/keys.ts";
import type { windowsOf } from "./calendar-events.ts";
import { appointmentKeys } from "./useAppointments.ts";

/**
 * What the calendar shows on its visible days: my appointments and my to-do items due then.
 * The last range stays on screen while the next one loads, so moving a week does not flash.
 */
export function useCalendarRange(windows: ReturnType<typeof windowsOf> | null) {
  const a = windows?.appointments;
  const d = windows?.todos;
  const appointmentsQuery = useQuery({
    queryKey: appointmentKeys.range(a?.from ?? "", a?.to ?? ""),
    queryFn: () => appointments.week({ from: a?.from ?? "", to: a?.to ?? "" }),
    enabled: Boolean(a),
    placeholderData: keepPreviousData,
  });
  const todosQuery = useQuery({
    queryKey: todoKeys.due(d?.from ?? "", d?.to ?? ""),
    queryFn: () => todos.due({ from: d?.from ?? "", to: d?.to ?? "" }),
    enabled: Boolean(d),
    placeholderData: keepPreviousData,
  });
  return { appointments: appointmentsQuery, todos: todosQuery };
}
