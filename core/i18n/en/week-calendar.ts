import type { WeekCalendarCatalogue } from "../types.ts";

/**
 * English messages of the week calendar page (the grid's toolbar, views and labels). A feature
 * catalogue: the web app loads it with the calendar page, not on the first page (core/i18n/types.ts).
 */
export const weekCalendar: WeekCalendarCatalogue = {
  weekCalendar: {
    views: { label: "View", day: "Day", workWeek: "Work week", week: "Week", list: "List" },
    previous: "Previous",
    next: "Next",
    todayButton: "Today",
    allDay: "All day",
    noEvents: "No appointments or to-dos on these days.",
    more: "more",
    timeHint: "Time",
    eventHint: "Event",
    close: "Close",
    todoEvent: "To-do: {{what}}",
    dragHelp:
      "Move an appointment by dragging it, or change its length by dragging its bottom edge. With the keyboard: choose the appointment, then Move.",
    detailsTitle: "Appointment {{time}}",
    heldFromStart: "An appointment can be marked held from its start time.",
  },
};
