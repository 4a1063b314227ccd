import type { FieldProblem } from "@core/errors/codes";

/** A translator for `validation.*` keys: i18next's `t` in the app, core's `translate` in tests. */
export type TranslateValidation = (
  key: `validation.${string}`,
  params?: Record<string, string | number>,
) => string;

/**
 * The form field that shows a problem at a body path: the mapped name, the path itself, or the
 * path's first segment ("content.hours" → "content"); null when no field shows it, so the problem
 * goes to the form's summary instead of being lost.
 */
export function fieldForPath(
  path: string,
  fields: object,
  fieldOf?: Partial<Record<string, string>>,
): string | null {
  const mapped = fieldOf?.[path];
  if (mapped) return mapped;
  if (path in fields) return path;
  const head = path.split(".")[0] ?? path;
  return fieldOf?.[head] ?? (head in fields ? head : null);
}

export type FieldMessages = { byField: Map<string, string>; other: string[] };

/** Problems keyed by body path, as translated messages keyed by the form field that shows them. */
export function translateProblems(
  problems: Record<string, FieldProblem>,
  fieldFor: (path: string) => string | null,
  translate: TranslateValidation,
): FieldMessages {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const [path, problem] of Object.entries(problems)) {
    const message = translate(`validation.${problem.key}`, problem.params);
    const name = fieldFor(path);
    if (name) {
      if (!byField.has(name)) byField.set(name, message);
    } else other.push(message);
  }
  return { byField, other };
}

/** The server's messages (ApiError.fields, already translated) on the same fields. */
export function placeServerMessages(
  fields: Record<string, string>,
  fieldFor: (path: string) => string | null,
): FieldMessages {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const name = fieldFor(path);
    if (name) {
      if (!byField.has(name)) byField.set(name, message);
    } else other.push(message);
  }
  return { byField, other };
}
