import type { OutcomeFiguresView } from "../contracts/outcomes.ts";
import { jobEndReasons } from "../jobs/competitive.ts";
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

/** A slot of a table column: a count cell, or a median's n. */
type Slot = { value: number | null; suppressed: false | "primary" | "complementary"; hide: () => void };

function cellSlot(c: Cell): Slot {
  return {
    value: c.value,
    suppressed: c.suppressed,
    hide: () => {
      c.value = null;
      c.suppressed = "complementary";
    },
  };
}

function medianSlot(m: MedianView): Slot {
  return { value: m.suppressed ? null : m.n, suppressed: m.suppressed ?? false, hide: () => hideMedian(m) };
}

/**
 * Of slots adding up to a known total, exactly one withheld lets it be recovered: withhold the
 * smallest other non-zero shown slot too (the first of equals). Returns whether it withheld one.
 */
function complementOne(slots: readonly Slot[]): boolean {
  if (slots.filter((s) => s.suppressed).length !== 1) return false;
  let pick: Slot | null = null;
  for (const s of slots)
    if (
      !s.suppressed &&
      s.value !== null &&
      s.value > 0 &&
      (pick === null || s.value < (pick.value as number))
    )
      pick = s;
  // Only zeros left shown: the withheld one equals the total anyway (the total is small too).
  pick ??= slots.find((s) => !s.suppressed) ?? null;
  if (pick === null) return false;
  pick.hide();
  return true;
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
  complementOne(view.jobEndingsByReason.map((r) => cellSlot(r.count)));
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
 * Complementary suppression across the parts of a shown total (the teams of an organisation, the
 * organisations of a network): in every column where exactly one part's cell is withheld and the
 * total is shown, the smallest other non-zero part cell is withheld too, so no withheld cell equals
 * total − Σ shown. Repeats until no column (and no part's job-ending reasons) has a lone withheld
 * cell. Parts must be disjoint (each client attributed to one part), as the attribution rule makes them.
 */
export function suppressParts(
  parts: readonly OutcomeFiguresView[],
  total: OutcomeFiguresView,
  threshold: number | null,
): OutcomeFiguresView[] {
  checkThreshold(threshold);
  const out: OutcomeFiguresView[] = structuredClone([...parts]);
  if (threshold === null || out.length === 0) return out;
  const totals = columnsOf(total);
  for (let changed = true; changed; ) {
    changed = false;
    const columns = out.map(columnsOf);
    totals.forEach((t, i) => {
      if (t.suppressed) return;
      if (complementOne(columns.flatMap((c) => c[i] ?? []))) changed = true;
    });
    for (const v of out)
      if (complementOne(v.jobEndingsByReason.map((r) => cellSlot(r.count)))) changed = true;
  }
  for (const v of out) for (const k of proportionKeys) v[k] = withheldRate(v[k]);
  return out;
}
