import type { OutcomeFiguresView } from "../contracts/outcomes.ts";
import { jobEndReasons } from "../jobs/competitive.ts";
import { complementLone, protectColumn, type Slot } from "./complementary-cells.ts";
import type { MedianFigure, OutcomeFigures, Proportion } from "./types.ts";

/**
 * Small-cell suppression of figures shown above team level and in evaluators' exports: a count of
 * 1 … threshold−1 people is withheld (primary), and so are the cells that would let a withheld one
 * be recovered by subtraction from a shown total (complementary). 0 is shown: it reveals nobody.
 * Definitions and limits: docs/domain/metrics.md, "Suppression".
 */
export const MIN_SUPPRESSION_THRESHOLD = 5;

type Cell = OutcomeFiguresView["caseloadAtEnd"];
type ProportionView = OutcomeFiguresView["employmentRate"];
type MedianView = OutcomeFiguresView["daysToFirstJob"];

function checkThreshold(threshold: number | null): void {
  if (threshold !== null && !(Number.isInteger(threshold) && threshold >= MIN_SUPPRESSION_THRESHOLD))
    throw new Error(`suppression threshold must be an integer ≥ ${MIN_SUPPRESSION_THRESHOLD}: ${threshold}`);
}

function small(value: number, threshold: number | null): boolean {
  return threshold !== null && value > 0 && value < threshold;
}

function cellOf(value: number, threshold: number | null): Cell {
  return small(value, threshold) ? { value: null, suppressed: "primary" } : { value, suppressed: false };
}

/** A rate with either count withheld is withheld too: a rate and one count give the other away. */
function proportionOf(p: Proportion, threshold: number | null): ProportionView {
  const view = {
    numerator: cellOf(p.numerator, threshold),
    denominator: cellOf(p.denominator, threshold),
    rate: p.rate,
    low: p.low,
    high: p.high,
  };
  return withheldRate(view);
}

function withheldRate(p: ProportionView): ProportionView {
  return p.numerator.suppressed || p.denominator.suppressed ? { ...p, rate: null, low: null, high: null } : p;
}

/** A median of fewer than the threshold is withheld with its n (n may equal a withheld count). */
function medianOf(m: MedianFigure, threshold: number | null): MedianView {
  return small(m.n, threshold) ? { median: null, n: 0, censored: 0, suppressed: "primary" } : { ...m };
}

function hideMedian(m: MedianView): void {
  m.median = null;
  m.n = 0;
  m.censored = 0;
  m.suppressed = "complementary";
}

function cellSlot(c: Cell): Slot {
  const slot: Slot = {
    value: c.value,
    suppressed: c.suppressed,
    hide: () => {
      c.value = null;
      c.suppressed = "complementary";
      slot.suppressed = "complementary";
    },
  };
  return slot;
}

function medianSlot(m: MedianView): Slot {
  const slot: Slot = {
    value: m.suppressed ? null : m.n,
    suppressed: m.suppressed ?? false,
    hide: () => {
      hideMedian(m);
      slot.suppressed = "complementary";
    },
  };
  return slot;
}

const countKeys = [
  "caseloadAtEnd",
  "caseloadDuringPeriod",
  "clientsIntoWork",
  "jobStarts",
  "educationStarts",
  "workTrialStarts",
  "workingAtEnd",
  "newAgreements",
  "closures",
] as const;
const proportionKeys = [
  "employmentRate",
  "progressionRate",
  "firstEmployerContactWithin30Days",
  "jobsLasting90Days",
] as const;
const medianKeys = ["daysToFirstEmployerContact", "daysToFirstJob", "jobTenureDays"] as const;

/** One group's figures as shown with `threshold` (null: nothing withheld, e.g. a team's own view). */
export function presentFigures(figures: OutcomeFigures, threshold: number | null): OutcomeFiguresView {
  checkThreshold(threshold);
  const fewer = (n: number | undefined, fallback: number) => small(n ?? fallback, threshold);
  const view: OutcomeFiguresView = {
    caseloadAtEnd: cellOf(figures.caseloadAtEnd, threshold),
    caseloadDuringPeriod: cellOf(figures.caseloadDuringPeriod, threshold),
    employmentRate: proportionOf(figures.employmentRate, threshold),
    progressionRate: proportionOf(figures.progressionRate, threshold),
    clientsIntoWork: cellOf(figures.clientsIntoWork, threshold),
    jobStarts: cellOf(figures.jobStarts, threshold),
    educationStarts: cellOf(figures.educationStarts, threshold),
    workTrialStarts: cellOf(figures.workTrialStarts, threshold),
    workingAtEnd: cellOf(figures.workingAtEnd, threshold),
    newAgreements: cellOf(figures.newAgreements, threshold),
    closures: cellOf(figures.closures, threshold),
    daysToFirstEmployerContact: medianOf(figures.daysToFirstEmployerContact, threshold),
    firstEmployerContactWithin30Days: proportionOf(figures.firstEmployerContactWithin30Days, threshold),
    daysToFirstJob: medianOf(figures.daysToFirstJob, threshold),
    jobTenureDays: medianOf(figures.jobTenureDays, threshold),
    jobsLasting90Days: proportionOf(figures.jobsLasting90Days, threshold),
    medianHoursPerWeek: fewer(figures.hoursPerWeekCount, figures.jobStarts)
      ? null
      : figures.medianHoursPerWeek,
    medianHourlyWage: fewer(figures.hourlyWageCount, figures.jobStarts) ? null : figures.medianHourlyWage,
    jobEndingsByReason: jobEndReasons.map((reason) => ({
      reason,
      count: cellOf(figures.jobEndingsByReason[reason] ?? 0, threshold),
    })),
  };
  // The reasons add up to the jobs that ended: one withheld reason alone could be recovered.
  complementLone(view.jobEndingsByReason.map((r) => cellSlot(r.count)));
  return view;
}

/** Every column of a figures table whose parts add up to the total, as slots of one view. */
function columnsOf(v: OutcomeFiguresView): Slot[] {
  return [
    ...countKeys.map((k) => cellSlot(v[k])),
    ...proportionKeys.flatMap((k) => [cellSlot(v[k].numerator), cellSlot(v[k].denominator)]),
    ...medianKeys.map((k) => medianSlot(v[k])),
    ...jobEndReasons.map((reason) => {
      const row = v.jobEndingsByReason.find((r) => r.reason === reason);
      return row ? cellSlot(row.count) : { value: 0, suppressed: false as const, hide: () => {} };
    }),
  ];
}

/**
 * Complementary suppression across the parts of a total (the teams of an organisation, the
 * organisations of a network): in every column where a withheld part cell could be worked out from
 * the shown total — alone in the column, or pinned down by the rule's bounds — the smallest other
 * non-zero part cell is withheld too, and the total's cell when no part is left. Repeats until no
 * column (and no part's job-ending reasons) gives a withheld cell away. Show the returned total,
 * in the table and in the trend alike. Parts must be disjoint (each client attributed to one part).
 */
export function suppressTable(
  parts: readonly OutcomeFiguresView[],
  total: OutcomeFiguresView,
  threshold: number | null,
): { parts: OutcomeFiguresView[]; total: OutcomeFiguresView } {
  checkThreshold(threshold);
  const out: OutcomeFiguresView[] = structuredClone([...parts]);
  const sum: OutcomeFiguresView = structuredClone(total);
  if (threshold === null || out.length === 0) return { parts: out, total: sum };
  for (let changed = true; changed; ) {
    changed = false;
    const columns = out.map(columnsOf);
    columnsOf(sum).forEach((t, i) => {
      if (
        protectColumn(
          columns.flatMap((c) => c[i] ?? []),
          t,
          threshold,
        )
      )
        changed = true;
    });
    for (const v of out)
      if (complementLone(v.jobEndingsByReason.map((r) => cellSlot(r.count)))) changed = true;
  }
  for (const v of [...out, sum]) for (const k of proportionKeys) v[k] = withheldRate(v[k]);
  return { parts: out, total: sum };
}

/** The parts of `suppressTable` (the agreed name); prefer `suppressTable`, which also returns the total. */
export function suppressParts(
  parts: readonly OutcomeFiguresView[],
  total: OutcomeFiguresView,
  threshold: number | null,
): OutcomeFiguresView[] {
  return suppressTable(parts, total, threshold).parts;
}
