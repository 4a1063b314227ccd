import { ApiError } from "./api.ts";

/** The server's message for one field (dotted path), to show beside the matching input. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fields[path] : undefined;
}

/** Field messages the form does not show beside an input, so none is silently lost. */
export function otherFieldErrors(error: unknown, shown: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.fields)
    .filter(([path]) => !shown.some((s) => path === s || path.startsWith(`${s}.`)))
    .map(([, message]) => message);
}
