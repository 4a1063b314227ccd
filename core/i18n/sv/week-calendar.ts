import type { WeekCalendarCatalogue } from "../types.ts";

/**
 * Swedish messages of the week calendar page (the grid's toolbar, views and labels). A feature
 * catalogue: the web app loads it with the calendar page, not on the first page (core/i18n/types.ts).
 */
export const weekCalendar: WeekCalendarCatalogue = {
  weekCalendar: {
    views: { label: "Vy", day: "Dag", workWeek: "Arbetsvecka", week: "Vecka", list: "Lista" },
    previous: "Föregående",
    next: "Nästa",
    todayButton: "I dag",
    allDay: "Heldag",
    noEvents: "Inga möten eller uppgifter dessa dagar.",
    more: "till",
    timeHint: "Tid",
    eventHint: "Händelse",
    close: "Stäng",
    todoEvent: "Uppgift: {{what}}",
    dragHelp:
      "Flytta ett möte genom att dra det, eller ändra längden genom att dra i dess nederkant. Med tangentbordet: välj mötet och sedan Flytta.",
    detailsTitle: "Möte {{time}}",
    heldFromStart: "Mötet kan markeras som hållet från starttiden.",
  },
};
