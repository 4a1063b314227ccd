/**
 * The appointments feature catalogue (core/i18n/types.ts): repeating appointments and the
 * interview booked from a job lead, fetched with the calendar and job lead pages.
 */
export const appointmentsArea = {
  calendarUi: {
    repeat: {
      label: "Toistuu",
      none: "Ei toistu",
      weekly: "Viikoittain",
      biweekly: "Joka toinen viikko",
      monthly: "Kuukausittain (sama viikonpäivä, esim. kuun 2. tiistai)",
      ends: "Sarja päättyy",
      endsCount: "Tapaamisten määrän jälkeen",
      endsUntil: "Päivänä",
      until: "Viimeinen päivä",
      count: "Tapaamisten määrä",
      countHelp: "Enintään {{max}} tapaamista.",
      scope: "Muutos koskee",
      thisOne: "Vain tätä tapaamista",
      thisAndLater: "Tätä ja sarjan myöhempiä tapaamisia",
      series: "Toistuva tapaaminen",
      cancelSeries: "Peru tämä ja sarjan myöhemmät",
      cancelSeriesTitle: "Peru sarjan tapaamiset",
      cancelSeriesIntro: "Tämä ja sarjan myöhemmät varatut tapaamiset perutaan. Pidetyt tapaamiset säilyvät.",
    },
  },
  jobDevelopmentUi: {
    interview: {
      book: "Varaa haastattelu",
      bookNamed: "Varaa haastattelu: {{name}}",
      booked: "Haastattelu {{time}}",
      purpose: "Työhaastattelu: {{title}}, {{employer}}",
    },
  },
};
