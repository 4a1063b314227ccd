import { type Random, randomFor } from "./random.ts";

/**
 * One episode's course, planned in whole days (days since 1970-01-01): referral, decision,
 * engagement, cooperation agreement, career profile, work trial, jobs, studies, hold and closure.
 * Everything after the anchor day has not happened yet and is left out. The rates follow
 * outcomes.md §6 and IPS practice: about 6 in 10 accepted clients find competitive work during
 * service, the first job a few months after the agreement, tenures of a few months to years.
 */
export type JobPlan = {
  start: number;
  end: number | null;
  endReason: string | null;
  fromTrial: boolean;
  parallel: boolean;
  contract: string;
  hours: number;
  wage: number;
  subsidy: boolean;
  foundWithCoach: boolean;
};
export type EpisodePlan = {
  ref: number;
  source: string;
  situation: string;
  decision: "pending" | "accepted" | "declined";
  decisionDate: number | null;
  declineReason: string | null;
  agreement: number | null;
  profile: number | null;
  trial: { start: number; end: number | null; hours: number; arrangedBy: string } | null;
  jobs: JobPlan[];
  study: { start: number; end: number | null; outcome: string | null; index: number } | null;
  closure: number | null;
  closureReason: string | null;
  onHoldSince: number | null;
};

const sources = [
  ["treatment_team", 70],
  ["self", 10],
  ["family", 4],
  ["employment_services", 10],
  ["other", 6],
] as const;
const situations = [
  ["unemployed", 55],
  ["rehabilitation_subsidy", 12],
  ["partial_disability_pension", 5],
  ["full_disability_pension", 8],
  ["sick_leave", 8],
  ["student", 5],
  ["employed", 4],
  ["other", 3],
] as const;
const declineReasons = [
  ["does_not_want_work", 35],
  ["chose_other_service", 25],
  ["moved_away", 10],
  ["could_not_be_reached", 15],
  ["duplicate_referral", 5],
  ["other", 10],
] as const;
const otherClosures = [
  ["client_wish", 38],
  ["lost_contact", 18],
  ["moved_away", 12],
  ["transferred", 10],
  ["other", 12],
  ["deceased", 1],
] as const;
const jobEndings = [
  ["resigned_for_better_job", 15],
  ["resigned_other", 25],
  ["health", 20],
  ["dismissed", 10],
  ["laid_off", 12],
  ["employer_closed", 5],
  ["other", 13],
] as const;

function job(random: Random, start: number, tenure: number, extra: Partial<JobPlan>): JobPlan {
  const fixed = random.chance(0.3);
  return {
    start,
    end: start + tenure,
    endReason: fixed ? "fixed_term_ended" : random.weighted(jobEndings),
    fromTrial: false,
    parallel: false,
    contract: fixed
      ? "fixed_term"
      : random.weighted([
          ["open_ended", 80],
          ["apprenticeship", 10],
          ["self_employed", 3],
          ["fixed_term", 7],
        ]),
    hours: random.pick([10, 15, 20, 20, 25, 30, 30, 37.5]),
    wage: Math.round((11.5 + random.next() * 9) * 100) / 100,
    subsidy: random.chance(0.15),
    foundWithCoach: random.chance(0.8),
    ...extra,
  };
}

/** An episode accepted on `decisionDate` that nothing has happened in yet (from a treatment team). */
export function acceptedReferral(ref: number, decisionDate: number | null): EpisodePlan {
  return {
    ref,
    source: "treatment_team",
    situation: "unemployed",
    decision: "accepted",
    decisionDate,
    declineReason: null,
    agreement: null,
    profile: null,
    trial: null,
    jobs: [],
    study: null,
    closure: null,
    closureReason: null,
    onHoldSince: null,
  };
}

/** Plans one episode referred on day `ref`; `anchor` is the dataset's today. */
export function planEpisode(seed: number, key: string, ref: number, anchor: number): EpisodePlan {
  const random = randomFor(seed, `episode:${key}`);
  const plan: EpisodePlan = {
    ...acceptedReferral(ref, ref + random.int(2, 21)),
    source: random.weighted(sources),
    situation: random.weighted(situations),
  };
  const decisionDate = plan.decisionDate as number;
  const declined = random.chance(0.07);
  const neverAgreed = random.chance(0.07);
  if (declined) {
    plan.decision = "declined";
    plan.declineReason = random.weighted(declineReasons);
  } else if (neverAgreed) {
    // Never reached an agreement: outreach, then closed.
    plan.closure = decisionDate + random.int(35, 110);
    plan.closureReason = random.chance(0.6) ? "lost_contact" : "client_wish";
  } else {
    const agreement = decisionDate + 5 + Math.floor(random.next() ** 2 * 70);
    plan.agreement = agreement;
    plan.profile = agreement + random.int(10, 55);
    let closure = agreement + 120 + Math.min(1700, random.expDays(430));
    if (random.chance(0.18)) {
      const start = agreement + random.int(25, 170);
      plan.trial = {
        start,
        end: start + random.int(21, 90),
        hours: random.pick([15, 20, 25, 30]),
        arrangedBy: random.weighted([
          ["employment_services", 60],
          ["kela", 20],
          ["pension_insurer", 15],
          ["other", 5],
        ]),
      };
    }
    const trialToJob = plan.trial !== null && random.chance(0.45);
    if (trialToJob || random.chance(0.6)) {
      const start = trialToJob
        ? (plan.trial?.end as number) + random.int(1, 14)
        : agreement + 20 + random.expDays(130);
      const first = job(random, start, random.chance(0.03) ? 0 : random.expDays(290), {
        fromTrial: trialToJob,
      });
      plan.jobs.push(first);
      if (random.chance(0.07) && (first.end as number) - start > 60) {
        const pStart = start + random.int(30, 60);
        plan.jobs.push(
          job(random, pStart, random.expDays(200), { parallel: true, hours: random.pick([8, 10, 12]) }),
        );
      }
      if (random.chance(0.4)) {
        const second = (first.end as number) + 14 + random.expDays(80);
        plan.jobs.push(job(random, second, random.expDays(260), {}));
      }
    }
    if (random.chance(0.13)) {
      const start = agreement + random.int(60, 420);
      plan.study = {
        start,
        end: start + random.int(90, 800),
        outcome: random.chance(0.6) ? "completed" : "interrupted",
        index: random.int(0, 1000),
      };
    }
    // A job still going at closure means steady work: the step-down comes at least months in.
    const working = plan.jobs.find((j) => j.start <= closure && (j.end as number) >= closure);
    if (working) {
      closure = Math.max(closure, working.start + 150 + random.int(0, 120));
      plan.closureReason = "steady_work_step_down";
    } else if (plan.study && plan.study.start <= closure && (plan.study.end as number) >= closure) {
      plan.closureReason = "studies_step_down";
    } else {
      plan.closureReason = random.weighted(otherClosures);
    }
    plan.closure = closure;
    // Nothing starts after closure; what goes on past it has no recorded end.
    plan.jobs = plan.jobs.filter((j) => j.start < closure);
    for (const j of plan.jobs)
      if ((j.end as number) >= closure) Object.assign(j, { end: null, endReason: null });
    if (plan.trial && plan.trial.start >= closure) plan.trial = null;
    if (plan.trial && (plan.trial.end as number) > closure) plan.trial.end = closure;
    if (plan.study && plan.study.start >= closure) plan.study = null;
    if (plan.study && (plan.study.end as number) >= closure)
      Object.assign(plan.study, { end: null, outcome: null });
  }
  const onHold = random.chance(0.07);
  const holdDays = random.int(5, 80);
  return clipToAnchor(plan, anchor, onHold ? anchor - holdDays : null);
}

/** Leaves out what lies after the anchor: the dataset describes the world up to its "today". */
function clipToAnchor(plan: EpisodePlan, anchor: number, holdSince: number | null): EpisodePlan {
  const p = { ...plan };
  if ((p.decisionDate as number) > anchor) {
    return {
      ...acceptedReferral(p.ref, null),
      source: p.source,
      situation: p.situation,
      decision: "pending",
    };
  }
  if (p.closure !== null && p.closure > anchor) Object.assign(p, { closure: null, closureReason: null });
  if (p.agreement !== null && p.agreement > anchor) Object.assign(p, { agreement: null, profile: null });
  if (p.profile !== null && p.profile > anchor) p.profile = null;
  // Started but not yet ended on the anchor day: no end recorded.
  p.jobs = p.jobs
    .filter((j) => j.start <= anchor)
    .map((j) => (j.end !== null && j.end > anchor ? { ...j, end: null, endReason: null } : j));
  if (p.trial && p.trial.start > anchor) p.trial = null;
  if (p.trial && p.trial.end !== null && p.trial.end > anchor) p.trial = { ...p.trial, end: null };
  if (p.study && p.study.start > anchor) p.study = null;
  if (p.study && p.study.end !== null && p.study.end > anchor)
    p.study = { ...p.study, end: null, outcome: null };
  const open = p.decision === "accepted" && p.closure === null && p.agreement !== null;
  const working = p.jobs.some((j) => j.end === null);
  if (open && !working && holdSince !== null && holdSince > (p.agreement as number))
    p.onHoldSince = holdSince;
  return p;
}
