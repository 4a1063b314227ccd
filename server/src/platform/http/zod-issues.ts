import { type FieldProblem, type ValidationKey, validationKeys } from "../../../../core/errors/codes.ts";

type Issue = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
};

const formatKeys: Record<string, ValidationKey> = {
  email: "invalid_email",
  datetime: "invalid_date",
  date: "invalid_date",
};

/** Turns zod issues (as fastify-type-provider-zod reports them) into translatable field problems. */
export function fieldProblemsFromIssues(issues: readonly Issue[]): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const base = issue.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
    if (issue.keyword === "unrecognized_keys") {
      for (const key of (issue.params.keys as string[] | undefined) ?? []) {
        fields[base ? `${base}.${key}` : key] = { key: "unknown_field" };
      }
      continue;
    }
    const path = base || "_";
    if (fields[path]) continue;
    fields[path] = problemOf(issue);
  }
  return fields;
}

/** zod 4 leaves `input` out of issues unless asked to report it; its message still names what it got. */
function isMissing({ params, message }: Issue): boolean {
  if ("input" in params) return params.input === undefined;
  return /received undefined$/.test(message ?? "");
}

function problemOf(issue: Issue): FieldProblem {
  const { keyword, params } = issue;
  const origin = params.origin as string | undefined;
  switch (keyword) {
    case "custom":
      // Refinements in core/contracts use a validation key as their message.
      return {
        key: (validationKeys as readonly string[]).includes(issue.message ?? "")
          ? (issue.message as ValidationKey)
          : "invalid_format",
        // A refinement's own params (e.g. how many decimals) fill the message's placeholders.
        ...(params.params ? { params: params.params as Record<string, string | number> } : {}),
      };
    case "invalid_type":
      return { key: isMissing(issue) ? "required" : "invalid_type" };
    case "too_small":
      if (origin === "string") return { key: "too_short", params: { min: Number(params.minimum) } };
      // "more than 0 hours" (gt) must not read as "at least 0".
      if (params.inclusive === false)
        return { key: "too_small_exclusive", params: { min: Number(params.minimum) } };
      return { key: "too_small", params: { min: Number(params.minimum) } };
    case "too_big":
      if (origin === "string") return { key: "too_long", params: { max: Number(params.maximum) } };
      return { key: "too_big", params: { max: Number(params.maximum) } };
    case "invalid_format":
      return { key: formatKeys[String(params.format)] ?? "invalid_format" };
    case "invalid_value":
    case "invalid_union":
      return { key: "invalid_option" };
    default:
      return { key: "invalid_format" };
  }
}
