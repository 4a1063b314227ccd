import type { AppointmentsCatalogue } from "../types.ts";

export const appointmentsArea: AppointmentsCatalogue = {
  calendarUi: {
    repeat: {
      label: "Upprepas",
      none: "Upprepas inte",
      weekly: "Varje vecka",
      biweekly: "Varannan vecka",
      monthly: "Varje månad (samma veckodag, t.ex. månadens andra tisdag)",
      ends: "Serien slutar",
      endsCount: "Efter ett antal möten",
      endsUntil: "På ett datum",
      until: "Sista dag",
      count: "Antal möten",
      countHelp: "Högst {{max}} möten.",
      scope: "Ändringen gäller",
      thisOne: "Bara detta möte",
      thisAndLater: "Detta och seriens senare möten",
      series: "Återkommande möte",
      cancelSeries: "Avboka detta och seriens senare möten",
      cancelSeriesTitle: "Avboka seriens möten",
      cancelSeriesIntro: "Detta och seriens senare bokade möten avbokas. Hållna möten finns kvar.",
    },
  },
  jobDevelopmentUi: {
    interview: {
      book: "Boka intervju",
      bookNamed: "Boka intervju: {{name}}",
      booked: "Intervju {{time}}",
      purpose: "Anställningsintervju: {{title}}, {{employer}}",
    },
  },
};
