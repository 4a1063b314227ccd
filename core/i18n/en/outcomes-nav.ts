/**
 * The outcome area's words the first page needs (English): the navigation's labels. The rest
 * of the area's messages are a feature catalogue (outcomes-area.ts), fetched with its pages.
 */
export const outcomesNav = {
  networks: { title: "Reporting networks", platformTitle: "Manage networks" },
  dashboards: { nav: "Outcomes" },
};
