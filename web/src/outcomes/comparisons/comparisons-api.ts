import type {
  ComparisonCohort,
  ComparisonCohortCheck,
  ComparisonQuery,
  CreateComparisonCohort,
} from "@core/contracts/comparisons";
import type { OutcomeComparison } from "@core/contracts/outcomes";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../../platform/api.ts";

/**
 * The typed client of the comparison-cohort routes (issue 9): list, dry-run check and import of
 * an organisation's cohorts, and a team's rate against one. Shapes are core's contracts.
 */
export type { ComparisonCohort, ComparisonCohortCheck, CreateComparisonCohort, OutcomeComparison };

/** The comparison's query as the page sends it (the rule set is always chosen on the page). */
export type ComparisonRequest = Omit<ComparisonQuery, "ruleSet"> & { ruleSet: ComparisonQuery["ruleSet"] };

export const comparisonKeys = {
  cohorts: (organisationId: string) => ["comparisons", organisationId, "cohorts"] as const,
  comparison: (organisationId: string, teamId: string, q: ComparisonRequest) =>
    ["comparisons", organisationId, "teams", teamId, q] as const,
};

const cohortsPath = (organisationId: string) => `/api/organisations/${organisationId}/comparison-cohorts`;

export function useCohorts(organisationId: string) {
  return useQuery({
    queryKey: comparisonKeys.cohorts(organisationId),
    queryFn: () => api<ComparisonCohort[]>("GET", cohortsPath(organisationId)),
  });
}

/** The import's dry run: the counts it would save, or a 400 naming each problem. Saves nothing. */
export function useCheckCohort(organisationId: string) {
  return useMutation({
    mutationFn: (body: CreateComparisonCohort) =>
      api<ComparisonCohortCheck>("POST", `${cohortsPath(organisationId)}/check`, body),
  });
}

export function useImportCohort(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateComparisonCohort) =>
      api<ComparisonCohort>("POST", cohortsPath(organisationId), body),
    onSuccess: () => void client.invalidateQueries({ queryKey: comparisonKeys.cohorts(organisationId) }),
  });
}

/** The team's rate against the cohort; asked only once a team and a cohort are chosen. */
export function useComparison(organisationId: string, teamId: string, q: ComparisonRequest | null) {
  return useQuery({
    queryKey: comparisonKeys.comparison(
      organisationId,
      teamId,
      q ?? { cohortId: "", ruleSet: "us_learning_community" },
    ),
    queryFn: () =>
      api<OutcomeComparison>(
        "GET",
        `/api/organisations/${organisationId}/teams/${teamId}/outcomes/comparison${query(q ?? {})}`,
      ),
    enabled: q !== null && teamId !== "",
    retry: false,
  });
}
