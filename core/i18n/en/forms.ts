/** The shared form layer (web/src/platform/form): summary, discard question, field units. */
export const forms = {
  forms: {
    summaryTitle: "Check these fields:",
    discardQuestion: "Discard the changes you have not saved?",
    keepEditing: "Keep editing",
    discard: "Discard changes",
    counter: "{{count}} / {{max}} characters",
    overLimit: "The text is {{over}} characters too long.",
    nearLimit: "{{left}} characters left.",
    hoursUnit: "h/week",
    euroPerHour: "€/h",
    dateHint: "dd/mm/yyyy",
    dateFormat: "DD/MM/YYYY",
    timeHint: "hh:mm",
    clearDate: "Clear the date",
    previousMonth: "Previous month",
    time: "Time",
    hours: "Hours",
    minutes: "Minutes",
    nextMonth: "Next month",
  },
};
