import { createHash } from "node:crypto";

/**
 * Synthetic identifiers. Henkilötunnus: the individual numbers 900–999 are reserved in Finnish
 * practice for temporary and test identity codes, so every generated code uses one of them (the
 * parser reports them as `temporary`) and can never be a real person's code.
 */
const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** A valid henkilötunnus for the birth date with an individual number from 900 to 999. */
export function syntheticHenkilotunnus(birthDate: string, individual: number): string {
  if (individual < 900 || individual > 999)
    throw new Error("Synthetic codes use individual numbers 900–999.");
  const [year = "", month = "", day = ""] = birthDate.split("-");
  const yy = year.slice(2);
  const sign = Number(year) >= 2000 ? "A" : "-";
  const digits = `${day}${month}${yy}${String(individual).padStart(3, "0")}`;
  return `${day}${month}${yy}${sign}${String(individual).padStart(3, "0")}${CHECK_CHARACTERS[Number(digits) % 31]}`;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * A valid Y-tunnus built from a serial number: seven digits and their check digit. Digits whose
 * remainder is 1 have no valid check digit; the next number (one apart in the last digit) has.
 * Serials are spaced two apart, so neighbours never collide.
 */
export function syntheticYTunnus(serial: number): string {
  let digits = 2_000_000 + serial * 2;
  for (;;) {
    const text = String(digits).padStart(7, "0");
    const r = [...text].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11;
    if (r !== 1) return `${text}-${r === 0 ? 0 : 11 - r}`;
    digits += 1;
  }
}

/**
 * A version-4-shaped UUID derived from the seed and a key (the contracts check the version): the
 * md5 of both, so ids stay unique across millions of rows (a 32-bit stream would collide).
 */
export function uuidFor(seed: number, key: string): string {
  const hex = createHash("md5").update(`${seed}:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Whole days since 1970-01-01 of an ISO date, and back. */
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
