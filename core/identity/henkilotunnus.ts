import { helsinkiDate } from "../time/dates.ts";

/**
 * The Finnish personal identity code (henkilötunnus, HETU): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Since 1.1.2023 the century signs are
 * `+` (1800s), `-` `Y` `X` `W` `V` `U` (1900s) and `A` `B` `C` `D` `E` `F` (2000s).
 */
const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURIES: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

export type HetuProblem = "format" | "date" | "individual_number" | "check_character" | "future_date";
export type HetuResult =
  | { valid: true; birthDate: string; temporary: boolean }
  | { valid: false; problem: HetuProblem };

/**
 * Validates shape, a real calendar date not after `today` (Finnish time: nobody is born later
 * than today), the individual number and the check character.
 */
export function parseHenkilotunnus(input: string, today: string = helsinkiDate()): HetuResult {
  const match = SHAPE.exec(input.trim().toUpperCase());
  if (!match) return { valid: false, problem: "format" };
  const [, dd = "", mm = "", yy = "", sign = "", individual = "", check = ""] = match;
  const century = CENTURIES[sign];
  if (century === undefined) return { valid: false, problem: "format" };
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, problem: "date" };
  }
  const number = Number(individual);
  if (number < 2) return { valid: false, problem: "individual_number" };
  if (CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) {
    return { valid: false, problem: "check_character" };
  }
  const birthDate = `${year}-${mm}-${dd}`;
  // ISO dates compare as strings.
  if (birthDate > today) return { valid: false, problem: "future_date" };
  return { valid: true, birthDate, temporary: number >= 900 };
}

/** The code in its canonical form (upper case, trimmed), for storage and duplicate checks. */
export function normaliseHenkilotunnus(input: string): string {
  return input.trim().toUpperCase();
}

/** Age in whole years on `onDate` (both ISO dates, YYYY-MM-DD). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split("-").map(Number);
  const [y = 0, m = 0, d = 0] = onDate.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
