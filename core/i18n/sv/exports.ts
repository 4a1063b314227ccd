/** Messages for the outcome work of issue 9 (exports), sv. Filled by the feature that owns it. */
export const exports = {
  outcomeExports: {
    title: "Polku – IPS-resultatrapport",
    ruleSet: "Regeluppsättning",
    ruleSetVersion: "{{name}} ({{id}}), version {{version}}",
    period: "Period",
    periodValue: "{{label}} ({{from}} – {{to}})",
    level: "Nivå",
    levelValue: "{{level}}: {{name}}",
    suppression: "Skydd av små tal",
    suppressionRule: "Celler med färre än {{n}} personer har utelämnats, liksom deras kompletterande celler",
    notSuppressed: "Inget skydd: teamnivåns siffror för teamets egen personal",
    generatedAt: "Skapad",
    withheld: "visas inte",
    trendTitle: "Utveckling per kvartal",
    partsTitle: "Delar under perioden {{label}}",
    levels: { coach: "Arbetscoach", team: "Team", organisation: "Organisation", network: "Nätverk" },
    columns: {
      period: "Period",
      group: "Grupp",
      employmentRateLow: "Sysselsättningsgrad, 95 % konfidensintervall nedre gräns",
      employmentRateHigh: "Sysselsättningsgrad, 95 % konfidensintervall övre gräns",
      employmentRateInterval: "Sysselsättningsgrad, 95 % konfidensintervall",
    },
  },
};
