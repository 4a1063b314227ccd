/** Messages for the outcome work of issue 9 (networks), fi. Filled by the feature that owns it. */
export const networks = {
  kind: {
    region: "Alueellinen verkosto",
    national: "Valtakunnallinen vertailu",
  },
  agreement: {
    agreedOn: "Sopimus alkaen",
    endedOn: "Sopimus päättynyt",
    inForce: "Voimassa",
    none: "Ei sopimusta",
    join: "Liity verkostoon",
    end: "Päätä sopimus",
  },
  evaluator: "Arvioija",
  memberCount: "Jäsenorganisaatioita",
  distribution: {
    title: "Organisaatioiden työllistymisasteet",
    explanation:
      "Alakvartiili, mediaani ja yläkvartiili niistä organisaatioista, joilla on vähintään {{threshold}} asiakasta nimittäjässä.",
  },
};
