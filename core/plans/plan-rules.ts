import type { PlanKind } from "./codes.ts";

type EmployerRef = { employerId?: string | null | undefined };

/**
 * The employer register ids a plan's content refers to, each with its field path, so the server
 * can check them against the client's organisation: a plan must never point at another
 * organisation's employer.
 */
export function employerReferences(
  kind: PlanKind,
  content: Record<string, unknown>,
): Array<[string, string]> {
  const field =
    kind === "job_search_plan" ? "targetEmployers" : kind === "disclosure_plan" ? "entries" : null;
  if (!field) return [];
  const list = (content[field] ?? []) as EmployerRef[];
  return list.flatMap(
    (item, i): Array<[string, string]> =>
      item.employerId ? [[`content.${field}.${i}.employerId`, item.employerId]] : [],
  );
}

/** The date a plan says it was made or discussed; it may not lie in the future. */
export function planDateField(kind: PlanKind): "doneOn" | "discussedOn" | null {
  return kind === "benefits_planning" ? "doneOn" : kind === "disclosure_plan" ? "discussedOn" : null;
}
