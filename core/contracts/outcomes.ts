import { z } from "zod";
import { jobEndReasons } from "../jobs/competitive.ts";
import { outcomeRuleSetIds } from "../outcomes/types.ts";
import { storableIsoDate, userId, uuid } from "./common.ts";

/**
 * The outcome API's shapes (issue 9). Figures travel with their rule set and version, the
 * period and level they describe and, above team level, the suppression applied.
 */
export const outcomeLevels = ["coach", "team", "organisation", "network"] as const;
export type OutcomeLevel = (typeof outcomeLevels)[number];

export const ruleSetRef = z.object({ id: z.enum(outcomeRuleSetIds), version: z.number().int() });
export const outcomePeriod = z.object({ from: storableIsoDate, to: storableIsoDate, label: z.string() });

/** A count that may be withheld (small-cell suppression): `value` null when suppressed. */
export const cell = z.object({
  value: z.number().nullable(),
  suppressed: z.union([z.literal(false), z.enum(["primary", "complementary"])]),
});
export const proportion = z.object({
  numerator: cell,
  denominator: cell,
  rate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});
export const median = z.object({
  median: z.number().nullable(),
  n: z.number().int(),
  censored: z.number().int(),
  /** Set when withheld (fewer than the threshold behind it): then `median` is null and n, censored 0. */
  suppressed: z.enum(["primary", "complementary"]).optional(),
});

/** One group's figures for one period (a row of a dashboard). */
export const outcomeFigures = z.object({
  caseloadAtEnd: cell,
  caseloadDuringPeriod: cell,
  employmentRate: proportion,
  progressionRate: proportion,
  clientsIntoWork: cell,
  jobStarts: cell,
  educationStarts: cell,
  workTrialStarts: cell,
  workingAtEnd: cell,
  newAgreements: cell,
  closures: cell,
  daysToFirstEmployerContact: median,
  firstEmployerContactWithin30Days: proportion,
  daysToFirstJob: median,
  jobTenureDays: median,
  jobsLasting90Days: proportion,
  medianHoursPerWeek: z.number().nullable(),
  medianHourlyWage: z.number().nullable(),
  jobEndingsByReason: z.array(z.object({ reason: z.enum(jobEndReasons), count: cell })),
});

/** A named group in a comparison table: a coach, team or organisation. */
export const outcomeGroup = z.object({
  kind: z.enum(["coach", "team", "organisation"]),
  id: z.string(),
  name: z.string(),
  figures: outcomeFigures,
});

/** The distribution of organisations' employment rates in a network (Werkmonitor-style). */
export const rateDistribution = z.object({
  organisations: z.number().int(),
  q1: z.number().nullable(),
  median: z.number().nullable(),
  q3: z.number().nullable(),
});

export const outcomeQuery = z.strictObject({
  ruleSet: z.enum(outcomeRuleSetIds).default("us_learning_community"),
  /** A quarter such as 2025-Q3; default the last full quarter. */
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .optional(),
  /** How many quarters of trend, ending with `quarter`. */
  quarters: z.coerce.number().int().min(1).max(20).default(4),
});

/** A dashboard: the level's own figures per quarter (trend) and its parts for the chosen quarter. */
export const outcomeDashboard = z.object({
  level: z.enum(outcomeLevels),
  scope: z.object({ id: z.string(), name: z.string() }),
  ruleSet: ruleSetRef,
  /** Fewer than this many people in a cell: withheld (null when this level is not suppressed). */
  suppressionThreshold: z.number().int().nullable(),
  /** When the figures were computed (org and network levels read stored team summaries). */
  asOf: z.iso.datetime({ offset: true }),
  trend: z.array(z.object({ period: outcomePeriod, figures: outcomeFigures })),
  period: outcomePeriod,
  /** The parts of this level in `period`: coaches of a team, teams of an organisation, organisations of a network. */
  parts: z.array(outcomeGroup),
  distribution: rateDistribution.nullable(),
});

/** The clients behind a number, for those allowed to see them (through the client gate, audited). */
export const outcomeDrillDown = z.object({
  metric: z.enum([
    "caseloadDuringPeriod",
    "employedDuringPeriod",
    "clientsIntoWork",
    "jobStarts",
    "educationStarts",
    "workTrialStarts",
    "progressed",
    "workingAtEnd",
    "newAgreements",
    "closures",
  ]),
  period: outcomePeriod,
  clients: z.array(z.object({ clientId: uuid, name: z.string(), coachUserId: userId.nullable() })),
});

/** The drill-down's query: the dashboard's, the metric, and optionally one coach's part. */
export const outcomeDrillDownQuery = outcomeQuery.omit({ quarters: true }).extend({
  metric: outcomeDrillDown.shape.metric,
  coachUserId: userId.optional(),
});

export type OutcomeDashboard = z.infer<typeof outcomeDashboard>;
export type OutcomeFiguresView = z.infer<typeof outcomeFigures>;
export type OutcomeDrillDown = z.infer<typeof outcomeDrillDown>;

/** A rule set as the UI lists it (names and descriptions come from the message catalogue by id). */
export const ruleSetInfo = z.object({ id: z.enum(outcomeRuleSetIds), version: z.number().int() });

/** The outcome pages the caller may open: their caseload, teams and organisations (GET /api/outcomes/scopes). */
export const outcomeScopes = z.object({
  coach: z.array(z.object({ organisationId: uuid, teamId: uuid, userId, teamName: z.string() })),
  teams: z.array(z.object({ organisationId: uuid, teamId: uuid, name: z.string() })),
  organisations: z.array(z.object({ organisationId: uuid, name: z.string() })),
  ruleSets: z.array(ruleSetInfo),
});

/** A reporting network (a region or the national benchmark) and the organisations in it. */
export const networkKinds = ["region", "national"] as const;
export const reportingNetwork = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(networkKinds),
  /** Organisations whose agreement is in force today. */
  memberCount: z.number().int(),
});

export const exportFormats = ["csv", "xlsx", "pdf"] as const;
export type OutcomeScopes = z.infer<typeof outcomeScopes>;
