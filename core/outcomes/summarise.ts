import { daysBetween } from "../time/dates.ts";
import {
  competitiveJobs,
  earlier,
  firstCompetitiveStart,
  heldOn,
  inPeriod,
  onCaseloadAtEndOf,
  onCaseloadDuring,
  overlapsPeriod,
} from "./episode-rules.ts";
import { ruleSetRules } from "./rule-sets.ts";
import type {
  EpisodeOutcomeFacts,
  IsoDate,
  OutcomePeriod,
  OutcomeRuleSetRef,
  OutcomeSummary,
  SurvivalObservation,
} from "./types.ts";

/**
 * episodes → sufficient statistics of one group for one period and rule set (docs/domain/metrics.md).
 * Client counts are of distinct clients: a re-entry inside the period is one client.
 */
export type SummariseOptions = { period: OutcomePeriod; ruleSet: OutcomeRuleSetRef; asOf: IsoDate };

/** The client-level metrics, the ones a drill-down can list clients for. */
export const clientMetrics = [
  "caseloadDuringPeriod",
  "caseloadAtEnd",
  "employmentDenominator",
  "employedDuringPeriod",
  "clientsIntoWork",
  "progressed",
  "workingAtEnd",
] as const;
export type ClientMetric = (typeof clientMetrics)[number];

/** Which client-level metrics each client counts in (clients on the caseload during the period only). */
export function classifyClients(
  episodes: readonly EpisodeOutcomeFacts[],
  opts: SummariseOptions,
): Map<string, Set<ClientMetric>> {
  const p = opts.period;
  const excluded = ruleSetRules(opts.ruleSet).excludedFromEmploymentDenominator;
  const byClient = new Map<string, Set<ClientMetric>>();
  for (const e of episodes) {
    if (!onCaseloadDuring(e, p)) continue;
    let m = byClient.get(e.clientId);
    if (!m) {
      m = new Set<ClientMetric>(["caseloadDuringPeriod"]);
      byClient.set(e.clientId, m);
    }
    const jobs = competitiveJobs(e);
    const worked = jobs.some((j) => overlapsPeriod(j, p));
    if (onCaseloadAtEndOf(e, p.to)) m.add("caseloadAtEnd");
    if (inPeriod(firstCompetitiveStart(e), p)) m.add("clientsIntoWork");
    if (jobs.some((j) => heldOn(j, p.to))) m.add("workingAtEnd");
    // The rate's numerators read only the episodes that put the client in its denominator.
    if (excluded.includes(e.situationAtStart)) continue;
    m.add("employmentDenominator");
    if (worked) m.add("employedDuringPeriod");
    if (worked || e.studies.some((s) => overlapsPeriod(s, p))) m.add("progressed");
  }
  return byClient;
}

/** The clients behind one client-level metric, sorted (for the drill-down). */
export function clientsBehind(
  metric: ClientMetric,
  episodes: readonly EpisodeOutcomeFacts[],
  opts: SummariseOptions,
): string[] {
  const out: string[] = [];
  for (const [clientId, m] of classifyClients(episodes, opts)) if (m.has(metric)) out.push(clientId);
  return out.sort();
}

/** A summary of nobody: the start of a merge, or a group without episodes. */
export function emptySummary(period: OutcomePeriod, ruleSet: OutcomeRuleSetRef): OutcomeSummary {
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    period,
    caseloadAtEnd: 0,
    caseloadDuringPeriod: 0,
    employmentDenominator: 0,
    employedDuringPeriod: 0,
    clientsIntoWork: 0,
    jobStarts: 0,
    educationStarts: 0,
    workTrialStarts: 0,
    progressed: 0,
    workingAtEnd: 0,
    newAgreements: 0,
    closures: 0,
    daysToFirstEmployerContact: [],
    daysToFirstJob: [],
    jobTenures: [],
    hoursPerWeek: [],
    hourlyWages: [],
    jobEndingsByReason: {},
  };
}

/** Days from `from` to an event on `on`, or censored at `censorAt` when it has not happened by then. */
function timeTo(from: IsoDate, on: IsoDate | null, censorAt: IsoDate): SurvivalObservation {
  if (on !== null && on <= censorAt) return { days: Math.max(0, daysBetween(from, on)), event: true };
  return { days: Math.max(0, daysBetween(from, censorAt)), event: false };
}

export function summarise(episodes: readonly EpisodeOutcomeFacts[], opts: SummariseOptions): OutcomeSummary {
  const { period: p, asOf } = opts;
  const s = emptySummary(p, opts.ruleSet);
  for (const m of classifyClients(episodes, opts).values()) for (const metric of m) s[metric] += 1;
  for (const e of episodes) {
    if (!onCaseloadDuring(e, p) || e.agreementDate === null) continue;
    const jobs = competitiveJobs(e);
    s.educationStarts += e.studies.filter((x) => inPeriod(x.startDate, p)).length;
    s.workTrialStarts += e.workTrials.filter((x) => inPeriod(x.startDate, p)).length;
    if (inPeriod(e.closureDate, p)) s.closures += 1;
    if (inPeriod(e.agreementDate, p)) {
      s.newAgreements += 1;
      const censorAt = earlier(asOf, e.closureDate);
      s.daysToFirstEmployerContact.push(timeTo(e.agreementDate, e.firstEmployerContactOn, censorAt));
      s.daysToFirstJob.push(timeTo(e.agreementDate, firstCompetitiveStart(e), censorAt));
    }
    for (const j of jobs) {
      if (inPeriod(j.endDate, p)) {
        const reason = j.endReason ?? "other";
        s.jobEndingsByReason[reason] = (s.jobEndingsByReason[reason] ?? 0) + 1;
      }
      if (!inPeriod(j.startDate, p)) continue;
      s.jobStarts += 1;
      if (j.hoursPerWeek !== null) s.hoursPerWeek.push(j.hoursPerWeek);
      if (j.hourlyWage !== null) s.hourlyWages.push(j.hourlyWage);
      // Tenure counts both ends: a job that ends the day it starts lasted one day.
      if (j.startDate <= asOf) {
        const ended = j.endDate !== null && j.endDate <= asOf;
        s.jobTenures.push({
          days: daysBetween(j.startDate, ended ? (j.endDate as IsoDate) : asOf) + 1,
          event: ended,
        });
      }
    }
  }
  return s;
}

/**
 * Summaries of disjoint groups (each client attributed to one group per period) → the summary of
 * their union: counts add, samples concatenate. Throws when the rule set or period differ.
 */
export function mergeSummaries(
  summaries: readonly OutcomeSummary[],
  period: OutcomePeriod,
  ruleSet: OutcomeRuleSetRef,
): OutcomeSummary {
  const out = emptySummary(period, ruleSet);
  for (const s of summaries) {
    if (s.ruleSet.id !== ruleSet.id || s.ruleSet.version !== ruleSet.version)
      throw new Error(
        `cannot merge ${s.ruleSet.id} v${s.ruleSet.version} into ${ruleSet.id} v${ruleSet.version}`,
      );
    if (s.period.from !== period.from || s.period.to !== period.to)
      throw new Error(`cannot merge period ${s.period.label} into ${period.label}`);
    for (const k of countKeys) out[k] += s[k];
    for (const k of sampleKeys) (out[k] as unknown[]).push(...s[k]);
    for (const [reason, n] of Object.entries(s.jobEndingsByReason) as [
      keyof typeof out.jobEndingsByReason,
      number,
    ][])
      out.jobEndingsByReason[reason] = (out.jobEndingsByReason[reason] ?? 0) + n;
  }
  return out;
}

const countKeys = [
  "caseloadAtEnd",
  "caseloadDuringPeriod",
  "employmentDenominator",
  "employedDuringPeriod",
  "clientsIntoWork",
  "jobStarts",
  "educationStarts",
  "workTrialStarts",
  "progressed",
  "workingAtEnd",
  "newAgreements",
  "closures",
] as const;
const sampleKeys = [
  "daysToFirstEmployerContact",
  "daysToFirstJob",
  "jobTenures",
  "hoursPerWeek",
  "hourlyWages",
] as const;
