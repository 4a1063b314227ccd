import { type FieldProblem, type ValidationKey, validationKeys } from "./codes.ts";

/**
 * One zod issue as zod reports it (`safeParse(...).error.issues`): its code, path and message, and
 * the code's own details (minimum, origin, format, …) beside them. Structural, so core needs no
 * zod import and the server can hand in issues it received in fastify's shape (zod-issues.ts).
 */
export type ContractIssue = {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
};
type Details = ContractIssue & Record<string, unknown>;

const formatKeys: Record<string, ValidationKey> = {
  email: "invalid_email",
  datetime: "invalid_date",
  date: "invalid_date",
};

const isKey = (value: unknown): value is ValidationKey =>
  (validationKeys as readonly unknown[]).includes(value);

/** The dotted field path of an issue ("content.hours"); "_" for the body itself. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".") || "_";
}

/**
 * Turns zod issues into translatable field problems, one per field (the first issue wins), on the
 * server (400 answers) and in the web's form hook alike, so a field says the same in both places.
 * zod's own English messages never reach a person: every issue becomes a key of `validation.*`.
 */
export function fieldProblems(issues: readonly ContractIssue[]): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of ((issue as Details).keys as string[] | undefined) ?? []) {
        fields[base ? `${base}.${key}` : key] = { key: "unknown_field" };
      }
      continue;
    }
    const path = base || "_";
    if (fields[path]) continue;
    fields[path] = fieldProblem(issue);
  }
  return fields;
}

/** zod 4 leaves `input` out of issues unless asked to report it; its message still names what it got. */
function isMissing(issue: Details): boolean {
  if ("input" in issue) return issue.input === undefined;
  return /received undefined$/.test(issue.message ?? "");
}

/** One issue as a translatable problem. A contract may name its own key as any check's message. */
export function fieldProblem(contractIssue: ContractIssue): FieldProblem {
  const issue = contractIssue as Details;
  const origin = issue.origin as string | undefined;
  // Refinements and checks in core/contracts use a validation key as their message; their params
  // (e.g. how many decimals) fill the message's placeholders.
  if (isKey(issue.message)) {
    const params = issue.params as Record<string, string | number> | undefined;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case "custom":
      return { key: "invalid_format" };
    case "invalid_type":
      if (isMissing(issue)) return { key: "required" };
      // NaN is what a number field holds when its text is not a number ("12,8,0").
      return { key: issue.expected === "number" ? "not_a_number" : "invalid_type" };
    case "too_small": {
      const min = Number(issue.minimum);
      // An empty text or an empty choice is a missing answer, not "at least 1 character".
      if (origin === "string") return min <= 1 ? { key: "required" } : { key: "too_short", params: { min } };
      if (origin === "array" || origin === "set")
        return min <= 1 ? { key: "choose_one" } : { key: "choose_at_least", params: { min } };
      // "more than 0 hours" (gt) must not read as "at least 0".
      if (issue.inclusive === false) return { key: "too_small_exclusive", params: { min } };
      return { key: "too_small", params: { min } };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (origin === "string") return { key: "too_long", params: { max } };
      if (origin === "array" || origin === "set") return { key: "choose_at_most", params: { max } };
      return { key: "too_big", params: { max } };
    }
    case "invalid_format":
      return { key: formatKeys[String(issue.format)] ?? "invalid_format" };
    case "invalid_value":
    case "invalid_union":
      return { key: "invalid_option" };
    default:
      return { key: "invalid_format" };
  }
}
