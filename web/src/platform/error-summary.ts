/**
 * The form-level summary for an error. When the server named fields (a 400, or a 409 such as
 * consent_in_force), the reason sits beside the inputs, so the summary points there instead of
 * repeating the code's generic text ("changed at the same time" would be untrue for a duplicate).
 * Structural on `fields` (ApiError's shape) so it stays free of browser-only imports.
 */
export function errorSummary(error: unknown, checkFields: string, fallback: string): string {
  if (error instanceof Error) {
    const fields = (error as Error & { fields?: unknown }).fields;
    const named = typeof fields === "object" && fields !== null && Object.keys(fields).length > 0;
    return named ? checkFields : error.message;
  }
  return typeof error === "string" ? error : fallback;
}
