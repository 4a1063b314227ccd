import type { OutcomeDashboard, OutcomeFiguresView } from "../../../../core/contracts/outcomes.ts";

type Cell = OutcomeFiguresView["caseloadAtEnd"];
const shown = (value: number): Cell => ({ value, suppressed: false });
const withheld = (why: "primary" | "complementary"): Cell => ({ value: null, suppressed: why });
const proportion = (numerator: Cell, denominator: Cell, rate: number | null) => ({
  numerator,
  denominator,
  rate,
  low: rate === null ? null : rate / 2,
  high: rate === null ? null : Math.min(1, rate * 1.5),
});

/** One group's figures: `employed` of `clients`, or withheld counts when `employed` is "primary". */
export function figuresFixture(clients: number, employed: number | "primary"): OutcomeFiguresView {
  const numerator = employed === "primary" ? withheld("primary") : shown(employed);
  const denominator = employed === "primary" ? withheld("complementary") : shown(clients);
  const rate = employed === "primary" ? null : employed / clients;
  return {
    caseloadAtEnd: shown(clients),
    caseloadDuringPeriod: shown(clients),
    employmentRate: proportion(numerator, denominator, rate),
    progressionRate: proportion(shown(2), shown(clients), 2 / clients),
    clientsIntoWork: employed === "primary" ? withheld("primary") : shown(employed),
    jobStarts: shown(9),
    educationStarts: shown(1),
    workTrialStarts: shown(8),
    workingAtEnd: shown(7),
    newAgreements: shown(3),
    closures: shown(0),
    daysToFirstEmployerContact: { median: 12, n: 3, censored: 0 },
    firstEmployerContactWithin30Days: proportion(shown(3), shown(3), 1),
    daysToFirstJob: { median: 63.5, n: 8, censored: 2 },
    jobTenureDays: { median: null, n: 0, censored: 0 },
    jobsLasting90Days: proportion(shown(0), shown(0), null),
    medianHoursPerWeek: 20,
    medianHourlyWage: 12.5,
    jobEndingsByReason: [],
  };
}

/** An organisation dashboard with two quarters of trend and parts named `partNames`. */
export function dashboardFixture(partNames: readonly string[] = ["Tiimi A", "Tiimi B"]): OutcomeDashboard {
  const q2 = { from: "2025-04-01", to: "2025-06-30", label: "2025-Q2" };
  const q3 = { from: "2025-07-01", to: "2025-09-30", label: "2025-Q3" };
  return {
    level: "organisation",
    scope: { id: "00000000-0000-4000-8000-000000000001", name: "Kevätkumpu ry" },
    ruleSet: { id: "us_learning_community", version: 1 },
    suppressionThreshold: 5,
    asOf: "2025-10-01T06:00:00.000Z",
    trend: [
      { period: q2, figures: figuresFixture(25, 6) },
      { period: q3, figures: figuresFixture(27, 8) },
    ],
    period: q3,
    parts: partNames.map((name, i) => ({
      kind: "team" as const,
      id: `team-${i}`,
      name,
      figures: i === 0 ? figuresFixture(3, "primary") : figuresFixture(24, 8),
    })),
    distribution: null,
  };
}
