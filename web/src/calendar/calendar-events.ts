import type { z } from "zod";
import type { todoItem } from "../../../core/contracts/todo.ts";
import { addDays } from "../../../core/time/dates.ts";
import { helsinkiLocalToIso, helsinkiWallClock } from "../../../core/time/local-time.ts";
import { todoHref } from "../todo/todo-target.ts";
import type { Appointment } from "./types.ts";

type TodoItem = z.infer<typeof todoItem>;

/**
 * The grid runs in UTC and is fed Finnish wall-clock times ("2026-12-07T09:00"), so it always
 * shows Finnish time whatever the device's zone; `instantOf` turns a grid time back into an
 * instant. One mapping each way keeps an appointment's id and times in one place (a repeating
 * appointment's occurrence may later carry an id of its own).
 */
export type CalendarEvent = {
  id: string;
  title: string;
  start: string;
  end?: string;
  allDay: boolean;
  url?: string;
  editable: boolean;
  classNames: string[];
  extendedProps: { appointment?: Appointment; todo?: TodoItem };
};

const wallClock = (iso: string) => {
  const w = helsinkiWallClock(new Date(iso));
  return `${w.date}T${w.time}`;
};

/** A grid time (a Date whose UTC fields are the Finnish wall clock) as an instant. */
export function instantOf(gridTime: Date): string {
  return helsinkiLocalToIso(gridTime.toISOString().slice(0, 16)) ?? gridTime.toISOString();
}

/** An appointment as an event: movable and resizable only while the owner may edit it. */
export function appointmentEvent(a: Appointment, clientLabel: (a: Appointment) => string): CalendarEvent {
  return {
    id: a.id,
    title: [clientLabel(a), a.purpose].filter(Boolean).join(" · "),
    start: wallClock(a.startsAt),
    end: wallClock(a.endsAt),
    allDay: false,
    editable: a.canEdit,
    classNames: ["polku-appointment", `polku-appointment-${a.status}`],
    extendedProps: { appointment: a },
  };
}

/** A to-do item on its due day in the all-day row, linking to where it is done. */
export function todoEvent(item: TodoItem, title: string): CalendarEvent {
  return {
    id: `todo:${item.key}`,
    title,
    start: item.due,
    allDay: true,
    url: todoHref(item.target),
    editable: false,
    classNames: ["polku-todo", ...(item.overdue ? ["polku-todo-overdue"] : [])],
    extendedProps: { todo: item },
  };
}

/** The days the grid shows ([startDay, endDay) from its UTC dates) as the two reads' windows. */
export function windowsOf(start: Date, end: Date) {
  const from = start.toISOString().slice(0, 10);
  const to = end.toISOString().slice(0, 10);
  return {
    appointments: {
      from: helsinkiLocalToIso(`${from}T00:00`) ?? "",
      to: helsinkiLocalToIso(`${to}T00:00`) ?? "",
    },
    todos: { from, to: addDays(to, -1) },
  };
}

/** Working hours 7–20, widened to show an appointment early or late in the day. */
export function hoursOf(events: CalendarEvent[]): { slotMinTime: string; slotMaxTime: string } {
  let min = 7;
  let max = 20;
  for (const e of events) {
    if (e.allDay || !e.end) continue;
    min = Math.min(min, Number(e.start.slice(11, 13)));
    const sameDay = e.end.slice(0, 10) === e.start.slice(0, 10);
    max = Math.max(
      max,
      sameDay ? Math.ceil(Number(e.end.slice(11, 13)) + Number(e.end.slice(14, 16)) / 60) : 24,
    );
  }
  const hh = (h: number) => `${String(h).padStart(2, "0")}:00:00`;
  return { slotMinTime: hh(min), slotMaxTime: hh(max) };
}
