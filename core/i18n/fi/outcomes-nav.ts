/**
 * The outcome area's words the first page needs (Finnish): the navigation's labels. The rest
 * of the area's messages are a feature catalogue (outcomes-area.ts), fetched with its pages.
 */
export const outcomesNav = {
  networks: { title: "Raportointiverkostot", platformTitle: "Verkostojen hallinta" },
  dashboards: { nav: "Tulokset" },
};
