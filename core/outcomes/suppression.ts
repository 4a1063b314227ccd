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

/** A count cell as a slot (classes, not closures: a dashboard builds thousands of these). */
class CellSlot implements Slot {
  value: number | null;
  suppressed: Slot["suppressed"];
  constructor(private readonly cell: Cell) {
    this.value = cell.value;
    this.suppressed = cell.suppressed;
  }
  hide(): void {
    this.cell.value = null;
    this.cell.suppressed = "complementary";
    this.suppressed = "complementary";
  }
}

/** A median's n as a slot: withholding it withholds the median with it. */
class MedianSlot implements Slot {
  value: number | null;
  suppressed: Slot["suppressed"];
  constructor(private readonly median: MedianView) {
    this.value = median.suppressed ? null : median.n;
    this.suppressed = median.suppressed ?? false;
  }
  hide(): void {
    hideMedian(this.median);
    this.suppressed = "complementary";
  }
}

const cellSlot = (c: Cell): Slot => new CellSlot(c);
const medianSlot = (m: MedianView): Slot => new MedianSlot(m);
const NO_SLOT: Slot = { value: 0, suppressed: false, hide: () => {} };

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

/**
 * Every column of a figures table whose parts add up to the total, as slots of one view, and the
 * view's job-ending reasons (the same slot objects, so a cell withheld through one is seen by both).
 */
function slotsOf(v: OutcomeFiguresView): { columns: Slot[]; reasons: Slot[] } {
  const byReason = new Map(v.jobEndingsByReason.map((r) => [r.reason, cellSlot(r.count)]));
  return {
    columns: [
      ...countKeys.map((k) => cellSlot(v[k])),
      ...proportionKeys.flatMap((k) => [cellSlot(v[k].numerator), cellSlot(v[k].denominator)]),
      ...medianKeys.map((k) => medianSlot(v[k])),
      ...jobEndReasons.map((reason) => byReason.get(reason) ?? NO_SLOT),
    ],
    reasons: v.jobEndingsByReason.map((r) => byReason.get(r.reason) as Slot),
  };
}

/**
 * A copy of a view deep enough for suppression to work on: every object it withholds in or replaces
 * (cells, proportions, medians, job-ending rows) is new. A tenth of what structuredClone costs here,
 * where a dashboard copies every part of every quarter.
 */
function copyView(v: OutcomeFiguresView): OutcomeFiguresView {
  const out = { ...v };
  for (const k of countKeys) out[k] = { ...v[k] };
  for (const k of proportionKeys)
    out[k] = { ...v[k], numerator: { ...v[k].numerator }, denominator: { ...v[k].denominator } };
  for (const k of medianKeys) out[k] = { ...v[k] };
  out.jobEndingsByReason = v.jobEndingsByReason.map((r) => ({ ...r, count: { ...r.count } }));
  return out;
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
  const out: OutcomeFiguresView[] = parts.map(copyView);
  const sum: OutcomeFiguresView = copyView(total);
  if (threshold === null || out.length === 0) return { parts: out, total: sum };
  // The slots are built once: withholding a cell updates its one slot, which every later pass sees.
  const partSlots = out.map(slotsOf);
  const totalColumns = slotsOf(sum).columns;
  const columns = totalColumns.map((_, i) => partSlots.map((p) => p.columns[i] as Slot));
  for (let changed = true; changed; ) {
    changed = false;
    totalColumns.forEach((t, i) => {
      if (protectColumn(columns[i] as Slot[], t, threshold)) changed = true;
    });
    for (const p of partSlots) if (complementLone(p.reasons)) changed = true;
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
