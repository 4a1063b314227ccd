import { wilson } from "./intervals.ts";
import { kaplanMeierMedian, median } from "./survival.ts";
import type {
  MedianFigure,
  OutcomeFigures,
  OutcomeSummary,
  Proportion,
  SurvivalObservation,
} from "./types.ts";

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

/** Without the median itself: how many observations, and how many of them censored. */
function countsOnly(obs: readonly SurvivalObservation[]): MedianFigure {
  let censored = 0;
  for (const o of obs) if (!o.event) censored += 1;
  return { median: null, n: obs.length, censored };
}

/** Sufficient statistics → the figures shown: rates with Wilson intervals, Kaplan–Meier medians. */
export function figuresOf(s: OutcomeSummary): OutcomeFigures {
  return figures(s, kaplanMeierMedian, median);
}

/**
 * The figures without the medians themselves (null) but with their n, which is all small-cell
 * suppression reads: for a part of an earlier quarter of a trend, whose figures only protect that
 * quarter's total and are never shown. The medians are most of the cost of a dashboard's figures.
 */
export function figuresWithoutMedians(s: OutcomeSummary): OutcomeFigures {
  return figures(s, countsOnly, () => null);
}

/** Stored figures without their medians: figuresWithoutMedians(s) from figuresOf(s). */
export function withoutMedians(f: OutcomeFigures): OutcomeFigures {
  const bare = (m: MedianFigure): MedianFigure => ({ median: null, n: m.n, censored: m.censored });
  return {
    ...f,
    daysToFirstEmployerContact: bare(f.daysToFirstEmployerContact),
    daysToFirstJob: bare(f.daysToFirstJob),
    jobTenureDays: bare(f.jobTenureDays),
    medianHoursPerWeek: null,
    medianHourlyWage: null,
  };
}

function figures(
  s: OutcomeSummary,
  km: (obs: readonly SurvivalObservation[]) => MedianFigure,
  plain: (xs: readonly number[]) => number | null,
): OutcomeFigures {
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
    daysToFirstEmployerContact: km(s.daysToFirstEmployerContact),
    // V4: the first face-to-face employer contact within 30 days of the agreement.
    firstEmployerContactWithin30Days: reachedAtLeast(s.daysToFirstEmployerContact, 30, "event"),
    daysToFirstJob: km(s.daysToFirstJob),
    jobTenureDays: km(s.jobTenures),
    // 90-day retention (US state VR, outcomes.md §4).
    jobsLasting90Days: reachedAtLeast(s.jobTenures, 90, "duration"),
    medianHoursPerWeek: plain(s.hoursPerWeek),
    medianHourlyWage: plain(s.hourlyWages),
    hoursPerWeekCount: s.hoursPerWeek.length,
    hourlyWageCount: s.hourlyWages.length,
    jobEndingsByReason: { ...s.jobEndingsByReason },
  };
}
