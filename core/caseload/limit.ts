/** The IPS expectation of active clients per full-time coach (fidelity S1, anchor 5). */
export const CASELOAD_LIMIT = 20;

/**
 * Active clients against the IPS limit of 20 per full-time coach (S1), scaled by the coach's FTE.
 * Without a recorded FTE there is no limit to compare with: `limit` and `over` are null, never a
 * guess of full time.
 */
export function caseloadAgainstFte(
  active: number,
  fte: number | null,
): { limit: number | null; over: boolean | null } {
  if (fte === null || fte <= 0) return { limit: null, over: null };
  // Rounded to hundredths so that 20 × 0.55 is 11, not 11.000000000000002.
  const limit = Math.round(CASELOAD_LIMIT * fte * 100) / 100;
  return { limit, over: active > limit };
}
