/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. `0112038-9`.
 * The check digit: weights 7, 9, 10, 5, 8, 4, 2 over the seven digits; r = sum mod 11;
 * r = 0 → check 0, r = 1 → no valid code has these digits, otherwise 11 − r.
 */
/** The example shown in hints, errors and placeholders; a test checks it validates in every language. */
export const Y_TUNNUS_EXAMPLE = "1234567-1";

const SHAPE = /^(\d{7})-(\d)$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

export type YTunnusResult =
  | { valid: true; value: string }
  | { valid: false; problem: "format" | "check_digit" };

/** Validates the shape and the check digit; the value comes back trimmed. */
export function parseYTunnus(input: string): YTunnusResult {
  const value = input.trim();
  const match = SHAPE.exec(value);
  if (!match) return { valid: false, problem: "format" };
  const [, digits = "", check = ""] = match;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] ?? 0), 0);
  const r = sum % 11;
  if (r === 1) return { valid: false, problem: "check_digit" };
  const expected = r === 0 ? 0 : 11 - r;
  return Number(check) === expected ? { valid: true, value } : { valid: false, problem: "check_digit" };
}
