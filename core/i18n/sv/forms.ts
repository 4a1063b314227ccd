/** The shared form layer (web/src/platform/form): summary, discard question, field units. */
export const forms = {
  forms: {
    summaryTitle: "Kontrollera de här fälten:",
    discardQuestion: "Vill du förkasta ändringarna som inte sparats?",
    keepEditing: "Fortsätt redigera",
    discard: "Förkasta ändringarna",
    counter: "{{count}} / {{max}} tecken",
    overLimit: "Texten är {{over}} tecken för lång.",
    nearLimit: "{{left}} tecken kvar.",
    hoursUnit: "h/vecka",
    euroPerHour: "€/h",
    dateHint: "d.m.åååå",
    dateFormat: "D.M.YYYY",
    timeHint: "t.mm",
    clearDate: "Töm datumet",
    previousMonth: "Föregående månad",
    time: "Klockslag",
    hours: "Timmar",
    minutes: "Minuter",
    nextMonth: "Nästa månad",
  },
};
