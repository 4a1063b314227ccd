import { wilson } from "./intervals.ts";
import { kaplanMeierMedian, median } from "./survival.ts";
import type { OutcomeFigures, OutcomeSummary, Proportion, SurvivalObservation } from "./types.ts";

/**
 * The share of observations reaching `days` among those we know about: had the event or were
 * followed for at least `days`. An observation censored earlier tells us nothing either way.
 */
function reachedAtLeast(
  obs: readonly SurvivalObservation[],
  days: number,
  reached: "event" | "duration",
): Proportion {
  let numerator = 0;
  let denominator = 0;
  for (const o of obs) {
    const known = o.event || o.days >= days;
    if (!known) continue;
    denominator += 1;
    if (reached === "event" ? o.event && o.days <= days : o.days >= days) numerator += 1;
  }
  return wilson(numerator, denominator);
}

/** Sufficient statistics → the figures shown: rates with Wilson intervals, Kaplan–Meier medians. */
export function figuresOf(s: OutcomeSummary): OutcomeFigures {
  return {
    ruleSet: s.ruleSet,
    period: s.period,
    caseloadAtEnd: s.caseloadAtEnd,
    caseloadDuringPeriod: s.caseloadDuringPeriod,
    employmentRate: wilson(s.employedDuringPeriod, s.employmentDenominator),
    progressionRate: wilson(s.progressed, s.employmentDenominator),
    clientsIntoWork: s.clientsIntoWork,
    jobStarts: s.jobStarts,
    educationStarts: s.educationStarts,
    workTrialStarts: s.workTrialStarts,
    workingAtEnd: s.workingAtEnd,
    newAgreements: s.newAgreements,
    closures: s.closures,
    daysToFirstEmployerContact: kaplanMeierMedian(s.daysToFirstEmployerContact),
    // V4: the first face-to-face employer contact within 30 days of the agreement.
    firstEmployerContactWithin30Days: reachedAtLeast(s.daysToFirstEmployerContact, 30, "event"),
    daysToFirstJob: kaplanMeierMedian(s.daysToFirstJob),
    jobTenureDays: kaplanMeierMedian(s.jobTenures),
    // 90-day retention (US state VR, outcomes.md §4).
    jobsLasting90Days: reachedAtLeast(s.jobTenures, 90, "duration"),
    medianHoursPerWeek: median(s.hoursPerWeek),
    medianHourlyWage: median(s.hourlyWages),
    hoursPerWeekCount: s.hoursPerWeek.length,
    hourlyWageCount: s.hourlyWages.length,
    jobEndingsByReason: { ...s.jobEndingsByReason },
  };
}
