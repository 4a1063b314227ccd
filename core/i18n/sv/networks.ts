/** Messages for the outcome work of issue 9 (networks), sv. Filled by the feature that owns it. */
export const networks = {
  kind: {
    region: "Regionalt nätverk",
    national: "Nationell jämförelse",
  },
  agreement: {
    agreedOn: "Avtal från",
    endedOn: "Avtalet upphörde",
    inForce: "I kraft",
    none: "Inget avtal",
    join: "Gå med i nätverket",
    end: "Avsluta avtalet",
  },
  evaluator: "Utvärderare",
  memberCount: "Medlemsorganisationer",
  distribution: {
    title: "Organisationernas sysselsättningsgrad",
    explanation:
      "Nedre kvartil, median och övre kvartil för de organisationer som har minst {{threshold}} klienter i nämnaren.",
  },
};
