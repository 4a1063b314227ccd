/**
 * Pure rules of job leads: how a candidate's step moves the lead on, and whether a job seeker's
 * job search plan fits a lead (fidelity V5: job development follows the job seeker's preferences).
 */

const progress = ["open", "presented", "interview", "hired"] as const;
type Progress = (typeof progress)[number];

/**
 * The lead's status after a candidate reached `stage`: it only moves forward (open → presented →
 * interview → hired); a closed lead stays closed, and matching or not selecting moves nothing.
 */
export function advanceLeadStatus(current: string, stage: string): string {
  if (current === "closed" || current === "hired") return current;
  const at = progress.indexOf(current as Progress);
  const to = progress.indexOf(stage as Progress);
  return to > at ? (progress[to] as string) : current;
}

/** The furthest lead status the candidates' stages justify, for a closed lead that is reopened. */
export function statusFromStages(stages: readonly string[]): string {
  return stages.reduce(advanceLeadStatus, "open");
}

export type MatchReason = "occupation" | "industry" | "hours" | "municipality";

export type PlanPreferences = {
  targetOccupations: ReadonlyArray<{ title: string; occupationCode?: string | null | undefined }>;
  targetIndustries: readonly string[];
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  municipalities: readonly string[];
};

export type LeadFacts = {
  title: string;
  occupationCode: string | null;
  hoursPerWeek: number | null;
  /** The lead's municipality, else the employer's. */
  municipality: string | null;
  /** The employer's TOL 2008 section letter. */
  industry: string | null;
};

const words = (text: string) =>
  new Set(
    text
      .toLocaleLowerCase("fi")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );
const same = (a: string, b: string) => a.trim().toLocaleLowerCase("fi") === b.trim().toLocaleLowerCase("fi");

/**
 * Which parts of the plan the lead fits, or null when it does not fit at all. Hours and place are
 * limits: a lead outside the plan's hours or municipalities is never suggested, however well the
 * occupation fits. Occupation and industry are wishes. A lead is suggested when at least one part
 * matches and no limit is broken. An occupation fits by code (either code a prefix of the other:
 * the plan may name a group, the lead a precise title) or by a shared word of the titles. An
 * industry fits when the plan names the employer's TOL section, by letter ("I") or as a label that
 * begins with it ("I Majoitus- ja ravitsemistoiminta").
 */
export function fitLead(plan: PlanPreferences, lead: LeadFacts): MatchReason[] | null {
  const matched: MatchReason[] = [];
  const leadWords = words(lead.title);
  const occupationFits = plan.targetOccupations.some((o) => {
    const code = o.occupationCode ?? null;
    if (
      code &&
      lead.occupationCode &&
      (lead.occupationCode.startsWith(code) || code.startsWith(lead.occupationCode))
    )
      return true;
    return [...words(o.title)].some((w) => leadWords.has(w));
  });
  if (occupationFits) matched.push("occupation");
  const industry = lead.industry?.toUpperCase() ?? null;
  if (
    industry &&
    plan.targetIndustries.some((t) =>
      new RegExp(`^${industry}(?![\\p{L}])`, "u").test(t.trim().toUpperCase()),
    )
  )
    matched.push("industry");
  if (lead.hoursPerWeek !== null && (plan.hoursPerWeekMin !== null || plan.hoursPerWeekMax !== null)) {
    const within =
      lead.hoursPerWeek >= (plan.hoursPerWeekMin ?? 0) &&
      lead.hoursPerWeek <= (plan.hoursPerWeekMax ?? Infinity);
    if (!within) return null;
    matched.push("hours");
  }
  if (lead.municipality !== null && plan.municipalities.length > 0) {
    const place = lead.municipality;
    if (!plan.municipalities.some((m) => same(m, place))) return null;
    matched.push("municipality");
  }
  return matched.length > 0 ? matched : null;
}
