import type { AppointmentsCatalogue } from "../types.ts";

export const appointmentsArea: AppointmentsCatalogue = {
  calendarUi: {
    repeat: {
      label: "Repeats",
      none: "Does not repeat",
      weekly: "Weekly",
      biweekly: "Every two weeks",
      monthly: "Monthly (same weekday, e.g. the second Tuesday)",
      ends: "The series ends",
      endsCount: "After a number of meetings",
      endsUntil: "On a date",
      until: "Last day",
      count: "Number of meetings",
      countHelp: "At most {{max}} meetings.",
      scope: "The change applies to",
      thisOne: "This meeting only",
      thisAndLater: "This and the later meetings of the series",
      series: "Repeating appointment",
      cancelSeries: "Cancel this and the later meetings",
      cancelSeriesTitle: "Cancel the series' meetings",
      cancelSeriesIntro:
        "This and the later booked meetings of the series are cancelled. Held meetings stay.",
    },
  },
  jobDevelopmentUi: {
    interview: {
      book: "Book interview",
      bookNamed: "Book interview: {{name}}",
      booked: "Interview {{time}}",
      purpose: "Job interview: {{title}}, {{employer}}",
    },
  },
};
