/**
 * Whether a job counts as competitive employment (palkkatyö avoimilla työmarkkinoilla), the goal of
 * IPS and the numerator of the employment rate (fidelity V10).
 *
 * Rule set "polku-competitive" version 1:
 * 1. The job is paid: an hourly wage above zero, or self-employment.
 * 2. The job is open to anyone: not a position set aside for people with disabilities.
 * 3. A wage subsidy (palkkatuki) does not by itself disqualify a job that is open to anyone;
 *    `subsidisedCountsAsCompetitive: false` gives the stricter reading some reviewers use.
 * Work trials (työkokeilu) and studies are recorded separately and are never jobs.
 * Minimum-wage levels are not checked: Finland sets pay by collective agreements, not by a
 * statutory minimum; the rule set version names this so a later version can add a check.
 */
export const contractTypes = ["open_ended", "fixed_term", "apprenticeship", "self_employed"] as const;
export type ContractType = (typeof contractTypes)[number];

export type CompetitiveRuleSet = {
  id: "polku-competitive";
  version: 1;
  subsidisedCountsAsCompetitive: boolean;
};

export const defaultCompetitiveRules: CompetitiveRuleSet = {
  id: "polku-competitive",
  version: 1,
  subsidisedCountsAsCompetitive: true,
};

export type JobFacts = {
  contractType: ContractType;
  hourlyWage: number | null;
  wageSubsidy: boolean;
  setAside: boolean;
};

/** Applies the rule set to one job. */
export function isCompetitive(job: JobFacts, rules: CompetitiveRuleSet = defaultCompetitiveRules): boolean {
  const paid = job.contractType === "self_employed" || (job.hourlyWage !== null && job.hourlyWage > 0);
  if (!paid || job.setAside) return false;
  return rules.subsidisedCountsAsCompetitive || !job.wageSubsidy;
}

export const jobEndReasons = [
  "fixed_term_ended",
  "resigned_for_better_job",
  "resigned_other",
  "health",
  "dismissed",
  "laid_off",
  "employer_closed",
  "other",
] as const;
export type JobEndReason = (typeof jobEndReasons)[number];
