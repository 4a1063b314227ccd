/**
 * The shared vocabulary of outcome figures (issue 9). Everything here is plain data so the same
 * computation serves a coach's caseload, a team, an organisation, a region and the nation:
 *
 *   episodes (EpisodeOutcomeFacts[]) --summarise(period, ruleSet)--> OutcomeSummary
 *   OutcomeSummary[] --mergeSummaries--> OutcomeSummary        (team → organisation → network)
 *   OutcomeSummary --figuresOf(ruleSet)--> OutcomeFigures        (rates, medians, intervals)
 *
 * A summary holds only *sufficient statistics* (counts and small samples of day counts, hours and
 * wages, no ids), so it can be stored per team and quarter and merged upwards without reading
 * millions of rows, and it never identifies a client. Each episode that touches a period is
 * attributed to exactly one team and coach (its assignment at the end of the period, or at
 * closure when it closed inside it), so merging team summaries never counts a client twice.
 */
import type { SituationAtStart } from "../episodes/referral-and-closure.ts";
import type { JobEndReason } from "../jobs/competitive.ts";

/** An ISO date, yyyy-mm-dd, Finnish calendar day. */
export type IsoDate = string;

/** Rule sets a figure can be computed by. Every figure names its rule set and version. */
export const outcomeRuleSetIds = ["us_learning_community", "ips_grow_2024"] as const;
export type OutcomeRuleSetId = (typeof outcomeRuleSetIds)[number];

export type OutcomeRuleSetRef = { id: OutcomeRuleSetId; version: number };

/** A period: a calendar quarter (`2025-Q3`) or any closed date range. Both ends included. */
export type OutcomePeriod = { from: IsoDate; to: IsoDate; label: string };

/** One job of an episode, as outcomes read it. `competitive` is core/jobs/competitive.ts' answer. */
export type OutcomeJob = {
  startDate: IsoDate;
  endDate: IsoDate | null;
  competitive: boolean;
  hoursPerWeek: number | null;
  hourlyWage: number | null;
  endReason: JobEndReason | null;
};

export type DatedSpell = { startDate: IsoDate; endDate: IsoDate | null };

/** What the outcome rules read of one episode. Loaded through the aggregate gate, never shown. */
export type EpisodeOutcomeFacts = {
  episodeId: string;
  clientId: string;
  organisationId: string;
  /** The IPS team and coach the episode is attributed to for the period asked (see above). */
  teamId: string;
  coachUserId: string | null;
  referralDate: IsoDate;
  referralDecision: "pending" | "accepted" | "declined";
  decisionDate: IsoDate | null;
  situationAtStart: SituationAtStart;
  /** The cooperation agreement (yhteistyösopimus): the entry date that starts the V4 clock. */
  agreementDate: IsoDate | null;
  closureDate: IsoDate | null;
  /** First face-to-face employer contact on the client's behalf (V4), as a Finnish date. */
  firstEmployerContactOn: IsoDate | null;
  /** The earlier episode when this is a re-entry (O6). */
  previousEpisodeId: string | null;
  jobs: readonly OutcomeJob[];
  studies: readonly DatedSpell[];
  workTrials: readonly DatedSpell[];
};

/** A time-to-event observation: `event` false means censored at `days` (Kaplan–Meier). */
export type SurvivalObservation = { days: number; event: boolean };

/**
 * Sufficient statistics of one group (a coach, team, organisation…) for one period and rule set.
 * Counts are of distinct clients unless the name says starts. Mergeable by addition and
 * concatenation (`mergeSummaries`).
 */
export type OutcomeSummary = {
  ruleSet: OutcomeRuleSetRef;
  period: OutcomePeriod;
  /** Clients on the caseload on the period's last day, and at any time in it. */
  caseloadAtEnd: number;
  caseloadDuringPeriod: number;
  /** The employment rate's denominator under this rule set, and its numerator. */
  employmentDenominator: number;
  employedDuringPeriod: number;
  /** Clients into work: a first competitive job start of the episode inside the period. */
  clientsIntoWork: number;
  /** Every competitive job start in the period, second and parallel jobs too. */
  jobStarts: number;
  educationStarts: number;
  workTrialStarts: number;
  /** Clients who moved on to competitive work or studies in the period (a work trial alone does not). */
  progressed: number;
  workingAtEnd: number;
  newAgreements: number;
  closures: number;
  /** Agreement → first face-to-face employer contact, for agreements made in the period. */
  daysToFirstEmployerContact: SurvivalObservation[];
  /** Agreement → first competitive job, for agreements made in the period (censored at period end or closure). */
  daysToFirstJob: SurvivalObservation[];
  /** Competitive jobs started in the period: tenure in days (censored when still going at period end). */
  jobTenures: SurvivalObservation[];
  hoursPerWeek: number[];
  hourlyWages: number[];
  jobEndingsByReason: Partial<Record<JobEndReason, number>>;
};

/** A proportion with its 95 % Wilson interval. `null` rate when the denominator is 0. */
export type Proportion = {
  numerator: number;
  denominator: number;
  rate: number | null;
  low: number | null;
  high: number | null;
};

/** A median with the count it came from; Kaplan–Meier when some observations are censored. */
export type MedianFigure = { median: number | null; n: number; censored: number };

export type OutcomeFigures = {
  ruleSet: OutcomeRuleSetRef;
  period: OutcomePeriod;
  caseloadAtEnd: number;
  caseloadDuringPeriod: number;
  employmentRate: Proportion;
  progressionRate: Proportion;
  clientsIntoWork: number;
  jobStarts: number;
  educationStarts: number;
  workTrialStarts: number;
  workingAtEnd: number;
  newAgreements: number;
  closures: number;
  daysToFirstEmployerContact: MedianFigure;
  firstEmployerContactWithin30Days: Proportion;
  daysToFirstJob: MedianFigure;
  jobTenureDays: MedianFigure;
  jobsLasting90Days: Proportion;
  medianHoursPerWeek: number | null;
  medianHourlyWage: number | null;
  /** How many jobs the two medians above came from (for small-cell suppression). */
  hoursPerWeekCount?: number;
  hourlyWageCount?: number;
  jobEndingsByReason: Partial<Record<JobEndReason, number>>;
};

/** A comparison of two groups' rates: each with its Wilson interval, difference and ratio with theirs. */
export type RateComparison = {
  ips: Proportion;
  comparison: Proportion;
  /** ips − comparison (Newcombe's hybrid score interval). */
  difference: { estimate: number | null; low: number | null; high: number | null };
  /** ips ÷ comparison (log-normal interval). */
  ratio: { estimate: number | null; low: number | null; high: number | null };
};

/**
 * A table cell that may be suppressed. Above team level and in evaluators' exports a cell counting
 * fewer than the threshold (≥ 5) is withheld, together with the complementary cells that would let
 * it be recovered from the totals. `suppressed: "primary" | "complementary"` says why.
 */
export type CellValue = { value: number | null; suppressed: false | "primary" | "complementary" };
