/** Messages for the outcome work of issue 9 (exports), fi. Filled by the feature that owns it. */
export const exports = {
  outcomeExports: {
    title: "Polku – IPS-tulosraportti",
    ruleSet: "Sääntökokoelma",
    ruleSetVersion: "{{name}} ({{id}}), versio {{version}}",
    period: "Kausi",
    periodValue: "{{label}} ({{from}} – {{to}})",
    level: "Taso",
    levelValue: "{{level}}: {{name}}",
    suppression: "Pienten lukujen suojaus",
    suppressionRule: "Alle {{n}} henkilön solut on jätetty pois, samoin niiden täydentävät solut",
    notSuppressed: "Ei suojausta: tiimitason luvut tiimin omille työntekijöille",
    generatedAt: "Muodostettu",
    withheld: "ei näytetä",
    trendTitle: "Kehitys vuosineljänneksittäin",
    partsTitle: "Osat kaudella {{label}}",
    levels: { coach: "Työhönvalmentaja", team: "Tiimi", organisation: "Organisaatio", network: "Verkosto" },
    columns: {
      period: "Kausi",
      group: "Ryhmä",
      employmentRateLow: "Työllisyysaste, 95 % luottamusväli alaraja",
      employmentRateHigh: "Työllisyysaste, 95 % luottamusväli yläraja",
      employmentRateInterval: "Työllisyysaste, 95 %:n luottamusväli",
    },
  },
};
