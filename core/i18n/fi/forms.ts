/** The shared form layer (web/src/platform/form): summary, discard question, field units. */
export const forms = {
  forms: {
    summaryTitle: "Tarkista nämä kentät:",
    discardQuestion: "Hylätäänkö muutokset?",
    keepEditing: "Jatka muokkausta",
    discard: "Hylkää muutokset",
    counter: "{{count}} / {{max}} merkkiä",
    overLimit: "Teksti on {{over}} merkkiä liian pitkä.",
    nearLimit: "Jäljellä {{left}} merkkiä.",
    hoursUnit: "h/vko",
    euroPerHour: "€/h",
    dateHint: "pp.kk.vvvv",
    dateFormat: "D.M.YYYY",
    timeHint: "t.mm",
    clearDate: "Tyhjennä päivämäärä",
    previousMonth: "Edellinen kuukausi",
    time: "Kellonaika",
    hours: "Tunnit",
    minutes: "Minuutit",
    nextMonth: "Seuraava kuukausi",
  },
};
