/**
 * Finnish messages of the week calendar page (the grid's toolbar, views and labels). A feature
 * catalogue: the web app loads it with the calendar page, not on the first page (core/i18n/types.ts).
 */
export const weekCalendar = {
  weekCalendar: {
    views: { label: "Näkymä", day: "Päivä", workWeek: "Työviikko", week: "Viikko", list: "Lista" },
    previous: "Edellinen",
    next: "Seuraava",
    todayButton: "Tänään",
    allDay: "Koko päivä",
    noEvents: "Ei tapaamisia eikä tehtäviä näinä päivinä.",
    more: "lisää",
    timeHint: "Aika",
    eventHint: "Tapahtuma",
    close: "Sulje",
    todoEvent: "Tehtävä: {{what}}",
    dragHelp:
      "Siirrä tapaamista vetämällä, tai muuta kestoa vetämällä sen alareunasta. Näppäimistöllä: valitse tapaaminen ja sitten Siirrä.",
    detailsTitle: "Tapaaminen {{time}}",
    heldFromStart: "Pidetyksi voi merkitä alkamisajasta alkaen.",
  },
};
