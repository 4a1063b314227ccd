/** Messages for the outcome work of issue 9 (exports), en. Filled by the feature that owns it. */
export const exports = {
  outcomeExports: {
    title: "Polku – IPS outcome report",
    ruleSet: "Rule set",
    ruleSetVersion: "{{name}} ({{id}}), version {{version}}",
    period: "Period",
    periodValue: "{{label}} ({{from}} – {{to}})",
    level: "Level",
    levelValue: "{{level}}: {{name}}",
    suppression: "Small-number protection",
    suppressionRule: "Cells under {{n}} people withheld, with complementary cells",
    notSuppressed: "Not suppressed: team-level figures for the team's own staff",
    generatedAt: "Generated at",
    withheld: "withheld",
    trendTitle: "Trend by quarter",
    partsTitle: "Parts in {{label}}",
    levels: {
      coach: "Employment specialist",
      team: "Team",
      organisation: "Organisation",
      network: "Network",
    },
    columns: {
      period: "Period",
      group: "Group",
      employmentRateLow: "Employment rate, 95 % interval low",
      employmentRateHigh: "Employment rate, 95 % interval high",
      employmentRateInterval: "Employment rate, 95 % interval",
    },
  },
};
