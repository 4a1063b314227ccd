import type { FieldProblem } from "../../../../core/errors/codes.ts";
import { fieldProblems } from "../../../../core/errors/field-problems.ts";

/** A zod issue as fastify-type-provider-zod reports it: zod's code as `keyword`, the rest in `params`. */
type Issue = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
};

/** Turns fastify's zod issues into translatable field problems (core/errors/field-problems.ts). */
export function fieldProblemsFromIssues(issues: readonly Issue[]): Record<string, FieldProblem> {
  return fieldProblems(
    issues.map(({ keyword, instancePath, params, message }) => ({
      ...params,
      code: keyword,
      path: instancePath.replace(/^\//, "").split("/").filter(Boolean),
      message,
    })),
  );
}
