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

/**
 * The dates of a plan's content that lie after `today`, by field path: the plan's own date, and a
 * job search plan step's "done on" day (a step done tomorrow is not done, and would leave the
 * coach's to-do list early). Each is refused with "in_future" (the date cannot be in the future;
 * check it), on its own field.
 */
export function futureDates(
  kind: PlanKind,
  content: Record<string, unknown>,
  today: string,
): Array<[string, "in_future"]> {
  const out: Array<[string, "in_future"]> = [];
  const own = planDateField(kind);
  if (own && typeof content[own] === "string" && content[own] > today)
    out.push([`content.${own}`, "in_future"]);
  if (kind === "job_search_plan") {
    const steps = (content.steps ?? []) as Array<{ doneOn?: string | null }>;
    steps.forEach((s, i) => {
      if (s.doneOn && s.doneOn > today) out.push([`content.steps.${i}.doneOn`, "in_future"]);
    });
  }
  return out;
}
